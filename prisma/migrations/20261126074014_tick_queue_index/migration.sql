-- CreateIndex
CREATE INDEX "Callback_userId_state_acknowledgedAt_idx" ON "Callback"("userId", "state", "acknowledgedAt");
