-- When the student last opened the results of an attempt whose written answers their teacher had returned: null
-- while returned feedback waits to be seen (returning scores sets it back to null), so the reading page and the home
-- page can say "Feedback from your teacher" until then.
ALTER TABLE "QuizAttempt" ADD COLUMN     "feedbackSeenAt" TIMESTAMP(3);
