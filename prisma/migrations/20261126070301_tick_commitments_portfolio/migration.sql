-- CreateEnum
CREATE TYPE "CommitmentCadence" AS ENUM ('DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "CommitmentState" AS ENUM ('ACTIVE', 'KEPT', 'BROKEN', 'CANCELLED');

-- AlterTable
ALTER TABLE "Callback" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "snoozedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "areaId" TEXT,
    "title" TEXT NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "cadence" "CommitmentCadence" NOT NULL,
    "state" "CommitmentState" NOT NULL DEFAULT 'ACTIVE',
    "endedAt" TIMESTAMP(3),
    "brokenNote" TEXT NOT NULL DEFAULT '',
    "reflection" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCheckIn" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "period" DATE NOT NULL,
    "kept" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusOverride" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "callbackId" TEXT,
    "callbackTitle" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FocusOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tick" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Tick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EffortEntry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "callbackId" TEXT,
    "points" DOUBLE PRECISION NOT NULL,
    "minutes" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "spentAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EffortEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WeeklyReview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "weekStart" DATE NOT NULL,
    "timeZone" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "snapshot" JSONB NOT NULL,
    "stopDoing" TEXT NOT NULL DEFAULT '',
    "doubleDown" TEXT NOT NULL DEFAULT '',
    "blockOn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "WeeklyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Commitment_userId_state_endsOn_idx" ON "Commitment"("userId", "state", "endsOn");

-- CreateIndex
CREATE INDEX "Commitment_userId_createdAt_idx" ON "Commitment"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Commitment_areaId_idx" ON "Commitment"("areaId");

-- CreateIndex
CREATE INDEX "CommitmentCheckIn_userId_createdAt_idx" ON "CommitmentCheckIn"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentCheckIn_commitmentId_period_key" ON "CommitmentCheckIn"("commitmentId", "period");

-- CreateIndex
CREATE INDEX "FocusOverride_commitmentId_at_idx" ON "FocusOverride"("commitmentId", "at");

-- CreateIndex
CREATE INDEX "FocusOverride_userId_at_idx" ON "FocusOverride"("userId", "at");

-- CreateIndex
CREATE INDEX "FocusOverride_callbackId_idx" ON "FocusOverride"("callbackId");

-- CreateIndex
CREATE INDEX "Tick_userId_completedAt_idx" ON "Tick"("userId", "completedAt");

-- CreateIndex
CREATE INDEX "EffortEntry_userId_spentAt_idx" ON "EffortEntry"("userId", "spentAt");

-- CreateIndex
CREATE INDEX "EffortEntry_areaId_idx" ON "EffortEntry"("areaId");

-- CreateIndex
CREATE INDEX "EffortEntry_callbackId_idx" ON "EffortEntry"("callbackId");

-- CreateIndex
CREATE INDEX "WeeklyReview_userId_completedAt_idx" ON "WeeklyReview"("userId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WeeklyReview_userId_weekStart_key" ON "WeeklyReview"("userId", "weekStart");

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCheckIn" ADD CONSTRAINT "CommitmentCheckIn_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCheckIn" ADD CONSTRAINT "CommitmentCheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusOverride" ADD CONSTRAINT "FocusOverride_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusOverride" ADD CONSTRAINT "FocusOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusOverride" ADD CONSTRAINT "FocusOverride_callbackId_fkey" FOREIGN KEY ("callbackId") REFERENCES "Callback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tick" ADD CONSTRAINT "Tick_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffortEntry" ADD CONSTRAINT "EffortEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffortEntry" ADD CONSTRAINT "EffortEntry_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EffortEntry" ADD CONSTRAINT "EffortEntry_callbackId_fkey" FOREIGN KEY ("callbackId") REFERENCES "Callback"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyReview" ADD CONSTRAINT "WeeklyReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Callbacks that timed out before the tick existed count as acknowledged, so a user's first tick
-- is not a flood of history.
UPDATE "Callback" SET "acknowledgedAt" = COALESCE("settledAt", "timesOutAt") WHERE "state" = 'TIMED_OUT';
