-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "locale" VARCHAR(5);

-- AlterTable
ALTER TABLE "ReadingProgress" ADD COLUMN     "locale" VARCHAR(5);
