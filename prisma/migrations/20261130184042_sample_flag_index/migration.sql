-- CreateIndex
CREATE INDEX "Callback_userId_demo_idx" ON "Callback"("userId", "demo");
