-- Family links: a teacher shares one student's report on one lesson with the family, without an account, until the
-- link expires or is revoked (docs/teachers.md). The link's token is signed and carries the row's id and expiry; the
-- row goes with its student and with its class.
CREATE TABLE "FamilyLink" (
    "id" UUID NOT NULL,
    "learnerId" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "lessonSlug" VARCHAR(100) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FamilyLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FamilyLink_learnerId_idx" ON "FamilyLink"("learnerId");

-- CreateIndex
CREATE INDEX "FamilyLink_classId_idx" ON "FamilyLink"("classId");

-- AddForeignKey
ALTER TABLE "FamilyLink" ADD CONSTRAINT "FamilyLink_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyLink" ADD CONSTRAINT "FamilyLink_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
