-- AlterTable
ALTER TABLE "Callback" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "EffortEntry" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;
