-- CreateTable
CREATE TABLE "StageLadder" (
    "userId" TEXT NOT NULL,
    "kindKey" TEXT NOT NULL,
    "stages" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StageLadder_pkey" PRIMARY KEY ("userId","kindKey")
);

-- AddForeignKey
ALTER TABLE "StageLadder" ADD CONSTRAINT "StageLadder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
