-- One table for every kind's default area: KindArea is keyed by the kind's key (a built-in kind or
-- the key of one of the user's own), and Kind.defaultAreaId moves into it. Existing rows are kept:
-- the built-in kinds' rows get their key from the old enum column, the custom kinds' default areas
-- become rows (a custom key is never a built-in one, so nothing collides).

-- AlterTable
ALTER TABLE "KindArea" ADD COLUMN "kindKey" TEXT;

-- Keep the built-in kinds' default areas
UPDATE "KindArea" SET "kindKey" = "kind"::TEXT;

-- Keep the custom kinds' default areas
INSERT INTO "KindArea" ("userId", "kindKey", "areaId", "kind") SELECT "userId", "key", "defaultAreaId", 'OTHER' FROM "Kind" WHERE "defaultAreaId" IS NOT NULL;

-- AlterTable
ALTER TABLE "KindArea" DROP CONSTRAINT "KindArea_pkey";

-- AlterTable
ALTER TABLE "KindArea" DROP COLUMN "kind";

-- AlterTable
ALTER TABLE "KindArea" ALTER COLUMN "kindKey" SET NOT NULL;

-- AlterTable
ALTER TABLE "KindArea" ADD CONSTRAINT "KindArea_pkey" PRIMARY KEY ("userId", "kindKey");

-- DropForeignKey
ALTER TABLE "Kind" DROP CONSTRAINT "Kind_defaultAreaId_fkey";

-- DropIndex
DROP INDEX "Kind_defaultAreaId_idx";

-- AlterTable
ALTER TABLE "Kind" DROP COLUMN "defaultAreaId";
