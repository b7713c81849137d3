-- Revise and resubmit (issue 38): a written answer's current version stays in "QuizAnswer", with the teacher's wish to
-- ask for a revision, the time the request was returned and the time the student resubmitted; each earlier version is
-- kept in "WrittenRevision" with the level and comment it was returned with. Both go with their answer.
ALTER TABLE "QuizAnswer" ADD COLUMN "version" SMALLINT NOT NULL DEFAULT 1,
ADD COLUMN "revisionAsked" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "revisionRequestedAt" TIMESTAMP(3),
ADD COLUMN "revisedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "WrittenRevision" (
    "attemptId" UUID NOT NULL,
    "itemId" VARCHAR(60) NOT NULL,
    "version" SMALLINT NOT NULL,
    "response" JSONB NOT NULL,
    "rubricLevel" SMALLINT NOT NULL,
    "teacherComment" VARCHAR(1000),
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL,
    "returnedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WrittenRevision_pkey" PRIMARY KEY ("attemptId","itemId","version")
);

-- AddForeignKey
ALTER TABLE "WrittenRevision" ADD CONSTRAINT "WrittenRevision_attemptId_itemId_fkey" FOREIGN KEY ("attemptId", "itemId") REFERENCES "QuizAnswer"("attemptId", "itemId") ON DELETE CASCADE ON UPDATE CASCADE;
