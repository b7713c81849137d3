-- An answer's whole grade, rows included, kept from the moment it was graded (checked, or its attempt submitted), so
-- that pages read it instead of grading again. Answers graded before this migration have none; the server grades
-- those once more when it shows them (server/quiz/attempts.ts `storedGrade`).
ALTER TABLE "QuizAnswer" ADD COLUMN     "grade" JSONB;
