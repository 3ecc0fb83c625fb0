-- CreateEnum
CREATE TYPE "DeadlineSource" AS ENUM ('DEFAULT', 'USER');

-- AlterTable
ALTER TABLE "Callback" ADD COLUMN     "expectedReplySource" "DeadlineSource" NOT NULL DEFAULT 'DEFAULT',
ADD COLUMN     "timeoutSource" "DeadlineSource" NOT NULL DEFAULT 'DEFAULT';

-- AlterTable
ALTER TABLE "FocusOverride" ADD COLUMN     "commitmentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "commitmentTitles" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Backfill: a deadline the user chose is USER. Certain: an edit that set it, or an extension
-- (the user picked the new timeout). Likely: a callback never moved by a contact whose deadline
-- is not its kind's default (more than 2 hours off start + days, leaving room for DST), so it
-- was typed at capture. When unsure this errs toward USER: such a deadline then never moves by itself.
UPDATE "Callback" c SET "timeoutSource" = 'USER'
WHERE EXISTS (
  SELECT 1 FROM "CallbackEvent" e
  WHERE e."callbackId" = c.id
    AND (e.type = 'EXTENDED' OR (e.type = 'EDITED' AND jsonb_typeof(e.data) = 'object' AND e.data ? 'timesOutAt'))
)
OR (
  NOT EXISTS (SELECT 1 FROM "CallbackEvent" e WHERE e."callbackId" = c.id AND e.type IN ('FOLLOW_UP', 'CONTACT', 'EVIDENCE'))
  AND abs(EXTRACT(EPOCH FROM (c."timesOutAt" - c."startedAt")) / 86400 - c."timeoutDays") > 2.0 / 24
);

UPDATE "Callback" c SET "expectedReplySource" = 'USER'
WHERE EXISTS (
  SELECT 1 FROM "CallbackEvent" e
  WHERE e."callbackId" = c.id AND e.type = 'EDITED' AND jsonb_typeof(e.data) = 'object' AND e.data ? 'expectedReplyBy'
)
OR (
  NOT EXISTS (SELECT 1 FROM "CallbackEvent" e WHERE e."callbackId" = c.id AND e.type IN ('FOLLOW_UP', 'CONTACT', 'EVIDENCE'))
  AND abs(EXTRACT(EPOCH FROM (c."expectedReplyBy" - c."startedAt")) / 86400 - c."expectedReplyDays") > 2.0 / 24
);

-- One focus-guard override per capture: the rows one capture wrote (one per competing
-- commitment, same user, callback and instant) fold into the earliest, which lists them all.
WITH grouped AS (
  SELECT MIN(o.id) AS keep_id,
         array_agg(o."commitmentId" ORDER BY m.title, o.id) AS ids,
         array_agg(m.title ORDER BY m.title, o.id) AS titles
  FROM "FocusOverride" o JOIN "Commitment" m ON m.id = o."commitmentId"
  GROUP BY o."userId", o."callbackId", o."callbackTitle", o.at
)
UPDATE "FocusOverride" f SET "commitmentIds" = g.ids, "commitmentTitles" = g.titles, "commitmentId" = g.ids[1]
FROM grouped g WHERE f.id = g.keep_id;

DELETE FROM "FocusOverride" WHERE cardinality("commitmentIds") = 0;

CREATE INDEX "FocusOverride_commitmentIds_idx" ON "FocusOverride" USING GIN ("commitmentIds");

-- AlterTable: "later" on a commitment's check-in in the tick.
ALTER TABLE "Commitment" ADD COLUMN "snoozedUntil" TIMESTAMP(3);
