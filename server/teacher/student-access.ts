import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';
import { newResumeCode, storedResumeCode } from '../auth/resume-codes';

// How a teacher controls one student's way in: every query names the teacher, so a student of someone else's class
// behaves exactly like a student who does not exist.

const ownStudent = (teacherId: string, classId: string, learnerId: string) => ({
  id: learnerId,
  classId,
  class: { teacherId },
});

/** Signs one of the teacher's students out on every device; false when the student is not theirs. */
export async function endStudentSessions(teacherId: string, classId: string, learnerId: string): Promise<boolean> {
  if (!isUuid(classId) || !isUuid(learnerId)) return false;
  const student = ownStudent(teacherId, classId, learnerId);
  const [found] = await db().prisma.$transaction([
    db().prisma.learner.count({ where: student }),
    db().prisma.learnerSession.deleteMany({ where: { learner: student } }),
  ]);
  return found === 1;
}

/**
 * Gives one of the teacher's students a new personal resume code and signs them out everywhere, so that whoever had
 * the old code or a session is out. Returns the code to show once, or null when the student is not theirs.
 */
export async function issueResumeCode(teacherId: string, classId: string, learnerId: string): Promise<string | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const student = ownStudent(teacherId, classId, learnerId);
  for (let attempt = 0; ; attempt += 1) {
    const code = newResumeCode();
    try {
      const changed = await db().prisma.$transaction(async (tx) => {
        const { count } = await tx.learner.updateMany({
          where: student,
          data: storedResumeCode(code),
        });
        if (count === 1) await tx.learnerSession.deleteMany({ where: { learner: student } });
        return count === 1;
      });
      return changed ? code : null;
    } catch (error) {
      // Another student of the class already has this code (about 1 in 10^12 per pair): draw again.
      const collided = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
      if (!collided || attempt >= 5) throw error;
    }
  }
}
