-- "Forgot password?" links: one row per e-mailed link, which works once and until "expiresAt". Only a SHA-256 hash of
-- the link's token is stored, as for sessions; the teacher's links go with their account.
CREATE TABLE "PasswordReset" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "teacherId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_tokenHash_key" ON "PasswordReset"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordReset_teacherId_idx" ON "PasswordReset"("teacherId");

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE CASCADE ON UPDATE CASCADE;
