-- The live view of a class's lesson (docs/teachers.md, "Live view"): after how many minutes without progress a
-- working student is flagged as stuck, set by the class's teacher. Existing classes get the default, 5 minutes.
ALTER TABLE "Class" ADD COLUMN "stuckAfterMinutes" SMALLINT NOT NULL DEFAULT 5;
