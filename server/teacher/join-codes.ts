import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { JOIN_CODE_GRACE_MINUTES, randomCode } from '@/lib/join-code';
import { isUuid } from '@/lib/ids';
import { db } from '../db/client';

// Which class a join code opens, and how a class gets a new one. A replaced code keeps admitting students for a
// grace period, so the one rule of "in grace" lives here for both the lookup and the draw of new codes.

const JOIN_CODE_LENGTH = 6;

/** The classes whose replaced code is `code` and still in its grace period at `now`. */
const inGrace = (code: string, now: Date) => ({ previousJoinCode: code, previousCodeValidUntil: { gt: now } });

class CodeInGrace extends Error {}

/** The active class a student's code opens at `now`: its current code, or its previous one during the grace period. */
export async function findOpenClass(code: string, now = new Date()) {
  const found = await db().prisma.class.findMany({
    where: { archivedAt: null, OR: [{ joinCode: code }, inGrace(code, now)] },
    select: { id: true, name: true, defaultLocale: true, joinCode: true },
    take: 2,
  });
  // New codes are drawn so that this cannot be ambiguous; were it ever, the current code would win.
  const chosen = found.find((klass) => klass.joinCode === code) ?? found[0];
  return chosen ? { id: chosen.id, name: chosen.name, defaultLocale: chosen.defaultLocale } : null;
}

/**
 * Runs `write` with a fresh join code: never a class's current code (the unique index refuses it) nor a replaced
 * code still in its grace period (checked first), drawing again a few times before giving up.
 */
export async function withFreshCode<T>(write: (code: string) => Promise<T>, now = new Date()): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const code = randomCode(JOIN_CODE_LENGTH);
    try {
      if ((await db().prisma.class.count({ where: inGrace(code, now) })) > 0) throw new CodeInGrace(code);
      return await write(code);
    } catch (error) {
      const collided =
        error instanceof CodeInGrace ||
        (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002');
      if (!collided || attempt >= 5) throw error;
    }
  }
}

/**
 * Gives one of the teacher's classes a new join code; the old one keeps admitting students for
 * JOIN_CODE_GRACE_MINUTES. False when the class is not theirs (or changed at the same moment).
 */
export async function replaceJoinCode(teacherId: string, classId: string, now = new Date()): Promise<boolean> {
  if (!isUuid(classId)) return false;
  const current = await db().prisma.class.findFirst({ where: { id: classId, teacherId }, select: { joinCode: true } });
  if (!current) return false;
  const validUntil = new Date(now.getTime() + JOIN_CODE_GRACE_MINUTES * 60_000);
  return withFreshCode(async (joinCode) => {
    // Only if the code is still the one read above: two clicks at once leave one previous code, not a lost one.
    const { count } = await db().prisma.class.updateMany({
      where: { id: classId, teacherId, joinCode: current.joinCode },
      data: { joinCode, previousJoinCode: current.joinCode, previousCodeValidUntil: validUntil },
    });
    return count === 1;
  }, now);
}
