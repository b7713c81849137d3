-- Teacher-paced assignments (docs/teachers.md#running-a-lesson-from-the-front): how many of the lesson's sections the
-- teacher has opened to the class, counted from 0 (the first section is open from the start).
ALTER TABLE "Assignment" ADD COLUMN "openedSection" SMALLINT NOT NULL DEFAULT 0;
