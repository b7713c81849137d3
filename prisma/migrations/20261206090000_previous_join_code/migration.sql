-- A class's code before its last new one, and until when it still admits students (a grace period of ten minutes,
-- so that a class in the middle of joining is not locked out when the teacher makes a new code).
ALTER TABLE "Class" ADD COLUMN     "previousJoinCode" CHAR(6),
ADD COLUMN     "previousCodeValidUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Class_previousJoinCode_idx" ON "Class"("previousJoinCode");
