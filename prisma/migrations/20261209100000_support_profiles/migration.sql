-- Issue 39: a support profile per student, set by their teacher (docs/supports.md), and the supports that were on
-- when each answer was saved. A student without a profile has the default one; answers saved before profiles record
-- none.
ALTER TABLE "Learner" ADD COLUMN "supportProfile" JSONB;
ALTER TABLE "Learner" ADD COLUMN "supportsOn" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "QuizAnswer" ADD COLUMN "supportsOn" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
