-- AlterTable
ALTER TABLE "Callback" ADD COLUMN     "customKindId" TEXT,
ADD COLUMN     "energyStillNeeded" DOUBLE PRECISION,
ADD COLUMN     "stage" TEXT;

-- CreateTable
CREATE TABLE "Kind" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "expectedReplyDays" DOUBLE PRECISION NOT NULL,
    "timeoutDays" DOUBLE PRECISION NOT NULL,
    "followUpDays" DOUBLE PRECISION[],
    "defaultPrior" DOUBLE PRECISION NOT NULL,
    "defaultPayoff" DOUBLE PRECISION NOT NULL,
    "defaultEnergyNeeded" DOUBLE PRECISION,
    "defaultAreaId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kind_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Kind_defaultAreaId_idx" ON "Kind"("defaultAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Kind_userId_key_key" ON "Kind"("userId", "key");

-- CreateIndex
CREATE INDEX "Callback_userId_customKindId_state_idx" ON "Callback"("userId", "customKindId", "state");

-- AddForeignKey
ALTER TABLE "Callback" ADD CONSTRAINT "Callback_customKindId_fkey" FOREIGN KEY ("customKindId") REFERENCES "Kind"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kind" ADD CONSTRAINT "Kind_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kind" ADD CONSTRAINT "Kind_defaultAreaId_fkey" FOREIGN KEY ("defaultAreaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;
