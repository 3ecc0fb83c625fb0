-- CreateTable
CREATE TABLE "KindArea" (
    "userId" TEXT NOT NULL,
    "kind" "CallbackKind" NOT NULL,
    "areaId" TEXT NOT NULL,

    CONSTRAINT "KindArea_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "KindArea_areaId_idx" ON "KindArea"("areaId");

-- AddForeignKey
ALTER TABLE "KindArea" ADD CONSTRAINT "KindArea_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KindArea" ADD CONSTRAINT "KindArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;
