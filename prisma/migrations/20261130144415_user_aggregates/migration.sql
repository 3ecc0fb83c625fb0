-- CreateTable
CREATE TABLE "UserAggregate" (
    "userId" TEXT NOT NULL,
    "dim" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "sumP" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumSq" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumPriorSq" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumValue" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "UserAggregate_pkey" PRIMARY KEY ("userId","dim","key")
);

-- CreateIndex
CREATE INDEX "Callback_userId_realisedPayoff_id_idx" ON "Callback"("userId", "realisedPayoff" DESC, "id");

-- CreateIndex
CREATE INDEX "Callback_userId_state_realisedPayoff_idx" ON "Callback"("userId", "state", "realisedPayoff");

-- AddForeignKey
ALTER TABLE "UserAggregate" ADD CONSTRAINT "UserAggregate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
