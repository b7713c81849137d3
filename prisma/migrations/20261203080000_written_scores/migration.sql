-- A teacher's score of a written answer against its item's rubric: the level and comment as the teacher last saved
-- them (autosaved while scoring), and when the scores were returned to the student. Returning copies the level into
-- the answer's score and grade, which the student sees; a score changed after that waits for the next return.
ALTER TABLE "QuizAnswer" ADD COLUMN     "rubricLevel" SMALLINT,
ADD COLUMN     "teacherComment" VARCHAR(1000),
ADD COLUMN     "scoredAt" TIMESTAMP(3),
ADD COLUMN     "returnedAt" TIMESTAMP(3);
