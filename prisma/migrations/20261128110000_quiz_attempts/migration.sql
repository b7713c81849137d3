-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "lessonSlug" VARCHAR(100) NOT NULL,
    "quizId" VARCHAR(40) NOT NULL,
    "number" SMALLINT NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'in_progress',
    "feedbackMode" VARCHAR(20) NOT NULL DEFAULT 'immediate',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "pointsEarned" DOUBLE PRECISION,
    "pointsPossible" INTEGER,

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizAnswer" (
    "attemptId" UUID NOT NULL,
    "itemId" VARCHAR(60) NOT NULL,
    "response" JSONB NOT NULL,
    "saveId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "checkedAt" TIMESTAMP(3),
    "score" DOUBLE PRECISION,
    "correct" BOOLEAN,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuizAnswer_pkey" PRIMARY KEY ("attemptId","itemId")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_learnerId_lessonSlug_quizId_number_key" ON "QuizAttempt"("learnerId", "lessonSlug", "quizId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAnswer_saveId_key" ON "QuizAnswer"("saveId");

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAnswer" ADD CONSTRAINT "QuizAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "QuizAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
