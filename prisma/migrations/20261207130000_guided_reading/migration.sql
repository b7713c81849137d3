-- Guided reading: how an assignment reveals the article ("open", "guided" or "teacher"; lib/assignments/pacing.ts).
-- Existing assignments stay open, as before.
ALTER TABLE "Assignment" ADD COLUMN "pacing" VARCHAR(20) NOT NULL DEFAULT 'open';
