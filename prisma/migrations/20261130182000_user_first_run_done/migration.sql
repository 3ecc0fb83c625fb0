-- AlterTable
ALTER TABLE "User" ADD COLUMN     "firstRunDoneAt" TIMESTAMP(3);

-- Accounts that already hold a callback are past their first run.
UPDATE "User" u SET "firstRunDoneAt" = CURRENT_TIMESTAMP WHERE EXISTS (SELECT 1 FROM "Callback" c WHERE c."userId" = u.id);
