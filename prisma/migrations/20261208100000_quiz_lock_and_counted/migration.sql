-- Issue 38: a teacher locks a quiz of an assignment for the whole class, and chooses which of its quizzes count
-- (docs/teachers.md#assignments). Both are lists of the lesson's quiz ids; empty: nothing locked, every quiz counts.
ALTER TABLE "Assignment" ADD COLUMN "lockedQuizIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Assignment" ADD COLUMN "practiceQuizIds" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
