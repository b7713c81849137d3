-- CreateTable
CREATE TABLE "ReadingProgress" (
    "learnerId" UUID NOT NULL,
    "lessonSlug" VARCHAR(100) NOT NULL,
    "furthestParagraph" SMALLINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingProgress_pkey" PRIMARY KEY ("learnerId","lessonSlug")
);

-- CreateTable
CREATE TABLE "ReadingPreference" (
    "learnerId" UUID NOT NULL,
    "textSize" VARCHAR(10) NOT NULL,
    "lineSpacing" VARCHAR(10) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingPreference_pkey" PRIMARY KEY ("learnerId")
);

-- AddForeignKey
ALTER TABLE "ReadingProgress" ADD CONSTRAINT "ReadingProgress_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadingPreference" ADD CONSTRAINT "ReadingPreference_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
