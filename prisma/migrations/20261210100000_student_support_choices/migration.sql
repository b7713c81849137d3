-- Issue 39, part two: the offered supports a student turned on themselves ("Your tools" on the quiz). Learner.supportsOn, which
-- each saved answer copies, then counts them with the ones the profile turns on.
ALTER TABLE "Learner" ADD COLUMN "supportsChosen" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
-- The days a student's extended dates put their due and close dates back (lib/supports/profile.ts `extendedDaysOf`),
-- kept with the profile for the queries that judge a student's window and lateness (server/assignments/late.ts).
ALTER TABLE "Learner" ADD COLUMN "extendedDays" SMALLINT NOT NULL DEFAULT 0;
