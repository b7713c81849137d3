import { describe, expect, it } from 'vitest';
import {
  createClass,
  deleteClass,
  getClass,
  listStudents,
  removeStudent,
  renameClass,
  resetStudentAttempts,
  setClassArchived,
} from './classes';
import { createAnonymousLearner, findLearnerIdByToken } from '../auth/learner-sessions';
import { joinClass, resumeStudent } from '../learner/students';
import { signInTeacher, signUpTeacher } from './accounts';
import {
  endTeacherSession,
  findTeacherByToken,
  TEACHER_SESSION_ABSOLUTE_MS,
  TEACHER_SESSION_IDLE_MS,
} from '../auth/teacher-sessions';
import { allowAttempt, throttleKeys } from '../auth/throttle';

const THROTTLE_LIMIT = 10;
import { setUpAppTestDatabase } from '../testing/setup-database';

const database = setUpAppTestDatabase();

const settings = { feedbackMode: 'immediate', retakes: -1, defaultLocale: 'en', countedAttempt: 'latest' } as const;
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;

async function newTeacher() {
  const email = `${unique('teacher')}@school.example`;
  const created = await signUpTeacher(email, 'a long class password', unique('ip'));
  if (!created.ok) throw new Error(created.error);
  const result = await signInTeacher(email, 'a long class password', unique('ip'));
  if (!result.ok) throw new Error(result.error);
  return { email, token: result.token, teacherId: (await findTeacherByToken(result.token))!.teacherId };
}

describe('throttling', () => {
  it('refuses the 11th attempt in a minute, per key, and starts again the next minute', async () => {
    const key = unique('signin:email');
    const minute = new Date('2026-11-28T10:00:05Z');
    const results = [];
    for (let attempt = 0; attempt < THROTTLE_LIMIT + 1; attempt += 1)
      results.push(await allowAttempt([{ key, limit: THROTTLE_LIMIT }], minute));
    expect(results.slice(0, 10).every(Boolean)).toBe(true);
    expect(results[10]).toBe(false);
    expect(await allowAttempt([{ key: unique('other'), limit: THROTTLE_LIMIT }], minute)).toBe(true);
    expect(await allowAttempt([{ key, limit: THROTTLE_LIMIT }], new Date('2026-11-28T10:01:01Z'))).toBe(true);
  });

  it('counts attempts racing from several places exactly', async () => {
    const key = unique('join:ip');
    const now = new Date('2026-11-28T11:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 15 }, () => allowAttempt([{ key, limit: THROTTLE_LIMIT }], now)),
    );
    expect(results.filter(Boolean)).toHaveLength(10);
  });

  it('spends the app-wide ceiling only on tries their own address may make', async () => {
    const wide = unique('signin:all');
    const keysFor = (address: string) => [
      { key: `signin:ip:${address}`, limit: 3 },
      { key: wide, limit: 10 },
    ];
    const attacker = unique('ip');
    const minute = new Date('2026-11-28T12:00:10Z');
    const flood = [];
    for (let attempt = 0; attempt < 50; attempt += 1) flood.push(await allowAttempt(keysFor(attacker), minute));
    expect(flood.filter(Boolean)).toHaveLength(3);
    // 47 refused tries later, the ceiling has counted 3 of 10: another address is still let in.
    expect(await allowAttempt(keysFor(unique('ip')), minute)).toBe(true);
  });

  it('lets no flood of refused sign-ups, sign-ins, joins or resumes from one address count toward the app-wide ceiling', async () => {
    const minute = new Date('2026-11-28T13:00:10Z');
    const attacker = unique('ip');
    const floods = {
      signup: throttleKeys.signUp(attacker),
      signin: throttleKeys.signIn(attacker),
      join: throttleKeys.join(attacker),
      resume: throttleKeys.resume('FLOOD1', attacker),
    };
    for (const [action, keys] of Object.entries(floods)) {
      const perAddress = Math.min(...keys.slice(0, -1).map(({ limit }) => limit));
      let allowed = 0;
      for (let attempt = 0; attempt < perAddress + 40; attempt += 1) if (await allowAttempt(keys, minute)) allowed += 1;
      expect(allowed, action).toBe(perAddress);
      // The whole app's counter holds only the tries the address was allowed, not the 40 it was refused.
      const ceiling = await database.prisma.authThrottle.findUniqueOrThrow({ where: { key: keys.at(-1)!.key } });
      expect(ceiling.count, action).toBe(perAddress);
    }
  });

  it("orders every action's limits from one address to the whole app", () => {
    const actions = [
      throttleKeys.signUp('a'),
      throttleKeys.signIn('a'),
      throttleKeys.join('a'),
      throttleKeys.resume('CODE42', 'a'),
      throttleKeys.passwordResetRequest('t@example.org', 'a'),
      throttleKeys.passwordResetUse('a'),
    ];
    for (const keys of actions) {
      expect(keys.at(-1)!.key, JSON.stringify(keys)).toMatch(/:all$/);
      expect(keys.slice(0, -1).every(({ key }) => !key.endsWith(':all'))).toBe(true);
    }
  });

  it('holds back one address after five wrong passwords for an account, doubling the wait, while the owner signs in elsewhere', async () => {
    const { email } = await newTeacher();
    const attacker = unique('ip');
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 1_000);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(await signInTeacher(email, 'wrong password!', attacker, start)).toEqual({ ok: false, error: 'invalid' });
    // Five failures: the next try from that address waits 1 s, and a refused try costs no hash and adds no failure.
    expect(await signInTeacher(email, 'a long class password', attacker, start)).toEqual({
      ok: false,
      error: 'throttled',
    });
    expect((await signInTeacher(email, 'a long class password', unique('ip'), start)).ok).toBe(true);
    expect(await signInTeacher(email, 'wrong password!', attacker, new Date(start.getTime() + 1_001))).toEqual({
      ok: false,
      error: 'invalid',
    });
    // Six failures: 2 s.
    expect(await signInTeacher(email, 'a long class password', attacker, new Date(start.getTime() + 2_500))).toEqual({
      ok: false,
      error: 'throttled',
    });
    expect((await signInTeacher(email, 'a long class password', attacker, new Date(start.getTime() + 3_100))).ok).toBe(
      true,
    );
    // A success forgets the failures.
    expect(await signInTeacher(email, 'wrong password!', attacker, new Date(start.getTime() + 3_200))).toEqual({
      ok: false,
      error: 'invalid',
    });
  });
});

describe('teacher sessions', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const { email } = await newTeacher();
    expect(await signInTeacher(email, 'not the password', unique('ip'))).toEqual({ ok: false, error: 'invalid' });
    expect(await signInTeacher(`${unique('nobody')}@school.example`, 'not the password', unique('ip'))).toEqual({
      ok: false,
      error: 'invalid',
    });
  });

  it('issues a new token at every sign-in and ends one at sign-out', async () => {
    const { email, token } = await newTeacher();
    const again = await signInTeacher(email, 'a long class password', unique('ip'));
    if (!again.ok) throw new Error(again.error);
    expect(again.token).not.toBe(token);
    await endTeacherSession(again.token);
    expect(await findTeacherByToken(again.token)).toBeNull();
    expect(await findTeacherByToken(token)).not.toBeNull();
  });

  it('ends after 2 idle hours and after 12 hours whatever the activity', async () => {
    const { token } = await newTeacher();
    const start = Date.now();
    expect(await findTeacherByToken(token, new Date(start + TEACHER_SESSION_IDLE_MS - 60_000))).not.toBeNull();
    // Active every 90 minutes: still signed in at 10.5 hours, out at 12.
    for (let hours = 3; hours <= 10.5; hours += 1.5)
      expect(await findTeacherByToken(token, new Date(start + hours * 3_600_000))).not.toBeNull();
    expect(await findTeacherByToken(token, new Date(start + TEACHER_SESSION_ABSOLUTE_MS + 60_000))).toBeNull();
    expect(await findTeacherByToken(token)).toBeNull(); // deleted, not just refused

    const idle = await newTeacher();
    expect(await findTeacherByToken(idle.token, new Date(Date.now() + TEACHER_SESSION_IDLE_MS + 60_000))).toBeNull();
  });

  it('answers a taken email as it answers a new one, changing nothing, and refuses common passwords', async () => {
    const { email } = await newTeacher();
    const before = await database.prisma.teacher.findUniqueOrThrow({
      where: { email },
      select: { id: true, passwordHash: true },
    });
    expect(await signUpTeacher(email, 'another long password', unique('ip'))).toEqual({ ok: true });
    expect(
      await database.prisma.teacher.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } }),
    ).toEqual(before);
    expect((await signInTeacher(email, 'another long password', unique('ip'))).ok).toBe(false);
    expect(await signUpTeacher(`${unique('t')}@school.example`, 'password', unique('ip'))).toEqual({
      ok: false,
      error: 'common-password',
    });
  });
});

describe('classes and students', () => {
  it('keeps each teacher to their own classes', async () => {
    const a = await newTeacher();
    const b = await newTeacher();
    const { id } = await createClass(a.teacherId, 'Period 1', settings);
    expect((await getClass(a.teacherId, id))?.name).toBe('Period 1');
    expect(await getClass(b.teacherId, id)).toBeNull();
    expect(await renameClass(b.teacherId, id, 'Mine now')).toBe(false);
    expect(await deleteClass(b.teacherId, id, 'Period 1')).toBe('not-found');
    expect(await listStudents(b.teacherId, id)).toEqual([]);
    expect((await getClass(a.teacherId, id))?.name).toBe('Period 1');
  });

  it('refuses a name the class already has (whatever its case or script), and lets each student resume on another device', async () => {
    const teacher = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Period 2', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const first = await joinClass(code, 'Ana', unique('ip'));
    if (!first.ok) throw new Error('join failed');
    const rows = await database.prisma.learner.count({ where: { classId: id } });
    // "Аna" with a Cyrillic А looks like Ana: it is Ana's name too ("Is this you?"), never a second, look-alike row.
    for (const again of ['Ana', 'ANA', 'ana', '\u0410na'])
      expect(await joinClass(code, again, unique('ip'))).toEqual({
        ok: false,
        error: 'name-taken',
        className: 'Period 2',
      });
    expect(await database.prisma.learner.count({ where: { classId: id } })).toBe(rows);
    const second = await joinClass(code, 'Ana R.', unique('ip'));
    if (!second.ok) throw new Error('join failed');
    expect([first.displayName, second.displayName]).toEqual(['Ana', 'Ana R.']);
    expect(first.resumeCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const resumed = await resumeStudent(code, second.resumeCode, unique('ip'));
    expect(resumed).toMatchObject({ ok: true, displayName: 'Ana R.' });
    expect(await findLearnerIdByToken(resumed.ok ? resumed.token : '')).toBe(await findLearnerIdByToken(second.token));
    expect(
      await resumeStudent(
        code,
        first.resumeCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        unique('ip'),
      ),
    ).toEqual({ ok: false, error: 'invalid' });
  });

  it('keeps a guest’s reading when they join, turns their quiz attempts into practice, and records when they joined', async () => {
    const teacher = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Period 6', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const guest = await createAnonymousLearner();
    await database.prisma.readingProgress.create({
      data: { learnerId: guest.learnerId, lessonSlug: 'zero-tolerance', furthestParagraph: 7 },
    });
    const done = await database.prisma.quizAttempt.create({
      data: {
        learnerId: guest.learnerId,
        lessonSlug: 'zero-tolerance',
        quizId: 'comprehension',
        number: 1,
        status: 'submitted',
        pointsEarned: 12,
        pointsPossible: 12,
      },
    });
    const before = Date.now();
    const joined = await joinClass(code, 'Guest', unique('ip'), guest.token);
    if (!joined.ok) throw new Error('join failed');
    expect(await findLearnerIdByToken(joined.token)).toBe(guest.learnerId);
    const learner = await database.prisma.learner.findUniqueOrThrow({
      where: { id: guest.learnerId },
      include: { reading: true, attempts: true },
    });
    expect(learner.reading.map((row) => row.furthestParagraph)).toEqual([7]);
    expect(learner.attempts.map((attempt) => [attempt.id, attempt.practice])).toEqual([[done.id, true]]);
    expect(learner.joinedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [row] = await listStudents(teacher.teacherId, id);
    expect(row).toMatchObject({ displayName: 'Guest', joinedAt: learner.joinedAt, attempts: 0 });
  });

  it('lets a whole class behind one school address join at once', async () => {
    const teacher = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Big class', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const schoolAddress = unique('nat');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) => joinClass(code, `Student ${index + 1}`, schoolAddress)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await listStudents(teacher.teacherId, id)).toHaveLength(30);
  });

  it('ends students’ sessions and refuses joins while the class is archived', async () => {
    const teacher = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Period 4', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const student = await joinClass(code, 'Leo', unique('ip'));
    if (!student.ok) throw new Error(student.error);
    expect(await findLearnerIdByToken(student.token)).not.toBeNull();
    await setClassArchived(teacher.teacherId, id, true);
    expect(await findLearnerIdByToken(student.token)).toBeNull();
    expect(await joinClass(code, 'Mia', unique('ip'))).toEqual({ ok: false, error: 'unknown-code' });
  });

  it('stores hostile display names as they were typed', async () => {
    const teacher = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Period 5', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const names = [
      '<script>alert(1)</script>',
      '=HYPERLINK("x")',
      'مرحبا',
      '🦊🦊',
      'Robert\'); DROP TABLE "Learner";--',
    ];
    for (const name of names) expect((await joinClass(code, name, unique('ip'))).ok).toBe(true);
    expect((await listStudents(teacher.teacherId, id)).map((student) => student.displayName).sort()).toEqual(
      [...names].sort(),
    );
  });

  it('deletes a class with every row that belonged to it, and nothing else', async () => {
    const teacher = await newTeacher();
    const doomed = await createClass(teacher.teacherId, 'Doomed', settings);
    const kept = await createClass(teacher.teacherId, 'Kept', settings);
    for (const klass of [doomed, kept]) {
      const code = (await getClass(teacher.teacherId, klass.id))!.joinCode;
      for (const name of ['Ana', 'Leo']) {
        const joined = await joinClass(code, name, unique('ip'));
        if (!joined.ok) throw new Error(joined.error);
        const learnerId = (await findLearnerIdByToken(joined.token))!;
        await database.prisma.readingProgress.create({
          data: { learnerId, lessonSlug: 'zero-tolerance', furthestParagraph: 3 },
        });
        await database.prisma.readingPreference.create({
          data: { learnerId, textSize: 'large', lineSpacing: 'loose' },
        });
        await database.prisma.topicFamiliarity.create({ data: { learnerId, lessonSlug: 'zero-tolerance', level: 2 } });
        const attempt = await database.prisma.quizAttempt.create({
          data: { learnerId, lessonSlug: 'zero-tolerance', quizId: 'comprehension', number: 1 },
        });
        await database.prisma.quizAnswer.create({
          data: {
            attemptId: attempt.id,
            itemId: 'c-countries',
            response: { optionId: 'x' },
            saveId: crypto.randomUUID(),
            seq: 1,
          },
        });
      }
    }
    const rowsOf = async (classId: string) => {
      const learner = { learner: { classId } };
      return {
        Class: await database.prisma.class.count({ where: { id: classId } }),
        Learner: await database.prisma.learner.count({ where: { classId } }),
        LearnerSession: await database.prisma.learnerSession.count({ where: learner }),
        ReadingProgress: await database.prisma.readingProgress.count({ where: learner }),
        ReadingPreference: await database.prisma.readingPreference.count({ where: learner }),
        TopicFamiliarity: await database.prisma.topicFamiliarity.count({ where: learner }),
        QuizAttempt: await database.prisma.quizAttempt.count({ where: learner }),
        QuizAnswer: await database.prisma.quizAnswer.count({ where: { attempt: learner } }),
      };
    };
    const before = await rowsOf(doomed.id);
    expect(Object.values(before).every((count) => count > 0)).toBe(true);
    const keptBefore = await rowsOf(kept.id);
    const learnerIds = (
      await database.prisma.learner.findMany({ where: { classId: doomed.id }, select: { id: true } })
    ).map((row) => row.id);

    expect(await deleteClass(teacher.teacherId, doomed.id, 'doomed')).toBe('wrong-name');
    expect(await deleteClass(teacher.teacherId, doomed.id, 'Doomed')).toBe('deleted');
    expect(Object.values(await rowsOf(doomed.id)).every((count) => count === 0)).toBe(true);
    // Rows keyed by the deleted learners are gone too, whatever their class column says.
    expect(await database.prisma.quizAttempt.count({ where: { learnerId: { in: learnerIds } } })).toBe(0);
    expect(await database.prisma.learnerSession.count({ where: { learnerId: { in: learnerIds } } })).toBe(0);
    expect(await rowsOf(kept.id)).toEqual(keptBefore);
  });

  it('lets a teacher remove a student or reset their attempts, only in their own class', async () => {
    const teacher = await newTeacher();
    const stranger = await newTeacher();
    const { id } = await createClass(teacher.teacherId, 'Period 6', settings);
    const code = (await getClass(teacher.teacherId, id))!.joinCode;
    const joined = await joinClass(code, 'Sam', unique('ip'));
    if (!joined.ok) throw new Error(joined.error);
    const learnerId = (await findLearnerIdByToken(joined.token))!;
    await database.prisma.quizAttempt.create({
      data: { learnerId, lessonSlug: 'zero-tolerance', quizId: 'attribution', number: 1 },
    });
    expect(await resetStudentAttempts(stranger.teacherId, id, learnerId)).toBe(false);
    expect(await removeStudent(stranger.teacherId, id, learnerId)).toBe(false);
    expect(await resetStudentAttempts(teacher.teacherId, id, learnerId)).toBe(true);
    expect(await database.prisma.quizAttempt.count({ where: { learnerId } })).toBe(0);
    expect(await removeStudent(teacher.teacherId, id, learnerId)).toBe(true);
    expect(await findLearnerIdByToken(joined.token)).toBeNull();
  });
});
