-- A student's personal code, kept encrypted beside its HMAC so that the student ("My code") and their teacher (code
-- cards) can see it again; codes issued before this migration stay HMAC-only until the teacher issues a new one.
ALTER TABLE "Learner" ADD COLUMN     "resumeCodeSealed" VARCHAR(100);

-- A teacher's merge of two roster rows of a class, recorded for the class page.
CREATE TABLE "StudentMerge" (
    "id" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "keptLearnerId" UUID NOT NULL,
    "mergedName" VARCHAR(80) NOT NULL,
    "attemptsMoved" INTEGER NOT NULL,
    "answersMoved" INTEGER NOT NULL,
    "mergedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudentMerge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudentMerge_classId_idx" ON "StudentMerge"("classId");

-- CreateIndex
CREATE INDEX "StudentMerge_keptLearnerId_idx" ON "StudentMerge"("keptLearnerId");

-- AddForeignKey
ALTER TABLE "StudentMerge" ADD CONSTRAINT "StudentMerge_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudentMerge" ADD CONSTRAINT "StudentMerge_keptLearnerId_fkey" FOREIGN KEY ("keptLearnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
