-- CreateIndex
CREATE INDEX "Callback_userId_kind_settledAt_idx" ON "Callback"("userId", "kind", "settledAt" DESC);

-- CreateIndex
CREATE INDEX "Callback_userId_customKindId_settledAt_idx" ON "Callback"("userId", "customKindId", "settledAt" DESC);
