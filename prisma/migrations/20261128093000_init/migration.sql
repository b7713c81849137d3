-- CreateTable
CREATE TABLE "Learner" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Learner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerSession" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "learnerId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicFamiliarity" (
    "learnerId" UUID NOT NULL,
    "lessonSlug" VARCHAR(100) NOT NULL,
    "level" SMALLINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TopicFamiliarity_pkey" PRIMARY KEY ("learnerId","lessonSlug")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearnerSession_tokenHash_key" ON "LearnerSession"("tokenHash");

-- CreateIndex
CREATE INDEX "LearnerSession_learnerId_idx" ON "LearnerSession"("learnerId");

-- AddForeignKey
ALTER TABLE "LearnerSession" ADD CONSTRAINT "LearnerSession_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicFamiliarity" ADD CONSTRAINT "TopicFamiliarity_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
