-- Each attempt shows its options in its own shuffled order (lib/quiz/option-order.ts). Attempts made before this
-- migration get a seed from their id, so their order is stable from now on.
ALTER TABLE "QuizAttempt" ADD COLUMN     "optionSeed" INTEGER;
UPDATE "QuizAttempt" SET "optionSeed" = (('x' || substr(md5("id"::text), 1, 8))::bit(32)::int) & 2147483647;
ALTER TABLE "QuizAttempt" ALTER COLUMN "optionSeed" SET NOT NULL,
ALTER COLUMN "optionSeed" SET DEFAULT (floor(random() * (2147483647)::double precision))::integer;

-- Work done as a guest before joining a class is kept as practice: it counts for nothing in the class.
ALTER TABLE "QuizAttempt" ADD COLUMN     "practice" BOOLEAN NOT NULL DEFAULT false;

-- Practice attempts and class attempts are numbered separately.
DROP INDEX "QuizAttempt_learnerId_lessonSlug_quizId_number_key";
CREATE UNIQUE INDEX "QuizAttempt_learnerId_lessonSlug_quizId_practice_number_key" ON "QuizAttempt"("learnerId", "lessonSlug", "quizId", "practice", "number");

-- When a student joined their class. Students who joined before this migration get the time their record was made.
ALTER TABLE "Learner" ADD COLUMN     "joinedAt" TIMESTAMP(3);
UPDATE "Learner" SET "joinedAt" = "createdAt" WHERE "classId" IS NOT NULL;

-- Which attempt counts for the class: "latest", "first" or "best".
ALTER TABLE "Class" ADD COLUMN     "countedAttempt" VARCHAR(10) NOT NULL DEFAULT 'latest';
