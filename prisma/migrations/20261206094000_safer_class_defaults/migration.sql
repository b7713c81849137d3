-- New classes: one attempt, the first counted, right answers after submitting (docs/teachers.md). Existing classes
-- keep their settings.
ALTER TABLE "Class" ALTER COLUMN "feedbackMode" SET DEFAULT 'deferred';
ALTER TABLE "Class" ALTER COLUMN "retakes" SET DEFAULT 0;
ALTER TABLE "Class" ALTER COLUMN "countedAttempt" SET DEFAULT 'first';
