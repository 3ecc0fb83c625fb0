-- CreateEnum
CREATE TYPE "CallbackKind" AS ENUM ('JOB_APPLICATION', 'NETWORKING_MESSAGE', 'LEARNING_BET', 'CREATIVE_LAUNCH', 'HEALTH', 'OTHER');

-- CreateEnum
CREATE TYPE "CallbackState" AS ENUM ('PENDING', 'FULFILLED', 'REJECTED', 'TIMED_OUT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CallbackEventType" AS ENUM ('CREATED', 'EDITED', 'EVIDENCE', 'FOLLOW_UP', 'CONTACT', 'EXTENDED', 'SETTLED', 'TIMED_OUT', 'REOPENED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Callback" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "areaId" TEXT,
    "kind" "CallbackKind" NOT NULL,
    "title" TEXT NOT NULL,
    "counterparty" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL DEFAULT '',
    "link" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "state" "CallbackState" NOT NULL DEFAULT 'PENDING',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "expectedReplyBy" TIMESTAMP(3) NOT NULL,
    "timesOutAt" TIMESTAMP(3) NOT NULL,
    "expectedReplyDays" DOUBLE PRECISION NOT NULL,
    "timeoutDays" DOUBLE PRECISION NOT NULL,
    "followUpDays" DOUBLE PRECISION[],
    "followUpCount" INTEGER NOT NULL DEFAULT 0,
    "lastContactAt" TIMESTAMP(3) NOT NULL,
    "priorProbability" DOUBLE PRECISION NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "payoff" DOUBLE PRECISION NOT NULL,
    "effort" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "settledAt" TIMESTAMP(3),
    "probabilityAtSettlement" DOUBLE PRECISION,
    "isLate" BOOLEAN NOT NULL DEFAULT false,
    "outcomeNote" TEXT NOT NULL DEFAULT '',
    "realisedPayoff" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Callback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallbackEvent" (
    "id" TEXT NOT NULL,
    "callbackId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" "CallbackEventType" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "likelihoodRatio" DOUBLE PRECISION,
    "probabilityBefore" DOUBLE PRECISION,
    "probabilityAfter" DOUBLE PRECISION,
    "label" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "data" JSONB,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallbackEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KindDefault" (
    "userId" TEXT NOT NULL,
    "kind" "CallbackKind" NOT NULL,
    "expectedReplyDays" DOUBLE PRECISION NOT NULL,
    "timeoutDays" DOUBLE PRECISION NOT NULL,
    "followUpDays" DOUBLE PRECISION[],
    "defaultPrior" DOUBLE PRECISION NOT NULL,
    "defaultPayoff" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KindDefault_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "Callback_userId_state_timesOutAt_idx" ON "Callback"("userId", "state", "timesOutAt");

-- CreateIndex
CREATE INDEX "Callback_userId_state_expectedReplyBy_idx" ON "Callback"("userId", "state", "expectedReplyBy");

-- CreateIndex
CREATE INDEX "Callback_userId_createdAt_idx" ON "Callback"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Callback_userId_settledAt_idx" ON "Callback"("userId", "settledAt");

-- CreateIndex
CREATE INDEX "Callback_userId_kind_state_idx" ON "Callback"("userId", "kind", "state");

-- CreateIndex
CREATE INDEX "Callback_state_timesOutAt_idx" ON "Callback"("state", "timesOutAt");

-- CreateIndex
CREATE INDEX "Callback_areaId_idx" ON "Callback"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "CallbackEvent_dedupeKey_key" ON "CallbackEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "CallbackEvent_callbackId_at_idx" ON "CallbackEvent"("callbackId", "at");

-- CreateIndex
CREATE INDEX "CallbackEvent_userId_at_idx" ON "CallbackEvent"("userId", "at");

-- AddForeignKey
ALTER TABLE "Callback" ADD CONSTRAINT "Callback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Callback" ADD CONSTRAINT "Callback_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallbackEvent" ADD CONSTRAINT "CallbackEvent_callbackId_fkey" FOREIGN KEY ("callbackId") REFERENCES "Callback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallbackEvent" ADD CONSTRAINT "CallbackEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KindDefault" ADD CONSTRAINT "KindDefault_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
