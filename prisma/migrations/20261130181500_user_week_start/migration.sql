-- AlterTable
ALTER TABLE "User" ADD COLUMN     "weekStartsOn" INTEGER;
