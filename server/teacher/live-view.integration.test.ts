import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { getLiveView, setStuckAfter } from './live-view';

const database = setUpAppTestDatabase();

const loaded = getLesson('zero-tolerance')!;
const lesson = { slug: loaded.slug, paragraphCount: loaded.article.paragraphs.length, quizzes: loaded.quizzes };
const comprehension = loaded.quizzes.find((quiz) => quiz.id === 'comprehension')!;
// The clock the tests set: every stored time below is some minutes before it.
const NOW = new Date('2026-12-07T10:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function teacherWithClass(name: string) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name, joinCode: randomUUID().slice(0, 6) },
  });
  return { teacherId: teacher.id, classId: klass.id };
}

/** An attempt at the comprehension quiz started `startedMinutesAgo`, with its first `answered` items checked. */
async function attempt(
  learnerId: string,
  work: { startedMinutesAgo: number; answered: number; answeredMinutesAgo?: number; submittedMinutesAgo?: number },
  practice = false,
) {
  const { id } = await database.prisma.quizAttempt.create({
    data: {
      learnerId,
      lessonSlug: lesson.slug,
      quizId: 'comprehension',
      number: 1,
      practice,
      feedbackMode: 'immediate',
      startedAt: minutesAgo(work.startedMinutesAgo),
      status: work.submittedMinutesAgo === undefined ? 'in_progress' : 'submitted',
      submittedAt: work.submittedMinutesAgo === undefined ? null : minutesAgo(work.submittedMinutesAgo),
    },
  });
  for (const item of comprehension.items.slice(0, work.answered))
    await database.prisma.quizAnswer.create({
      data: {
        attemptId: id,
        itemId: item.id,
        response: {},
        saveId: randomUUID(),
        seq: 1,
        checkedAt: minutesAgo(work.answeredMinutesAgo ?? 0),
        updatedAt: minutesAgo(work.answeredMinutesAgo ?? 0),
      },
    });
  return id;
}

describe('live view', () => {
  it('gives each student their question or paragraph, their last action, and flags the idle ones as stuck', async () => {
    const { teacherId, classId } = await teacherWithClass('Period 3');
    const student = (displayName: string) => database.prisma.learner.create({ data: { classId, displayName } });
    const [ana, ben, cara, dan] = await Promise.all([student('Ana'), student('Ben'), student('Cara'), student('Dan')]);
    // Ana answered five questions, the last one 2 minutes ago: she is on question 6 of 14.
    await attempt(ana.id, { startedMinutesAgo: 20, answered: 5, answeredMinutesAgo: 2 });
    // Ben submitted an hour ago; his teacher scored an answer of it just now, which is no action of his.
    const submitted = await attempt(ben.id, { startedMinutesAgo: 90, answered: 3, submittedMinutesAgo: 60 });
    await database.prisma.quizAnswer.updateMany({ where: { attemptId: submitted }, data: { updatedAt: NOW } });
    // Cara read to paragraph 4, 7 minutes ago.
    await database.prisma.readingProgress.create({
      data: { learnerId: cara.id, lessonSlug: lesson.slug, furthestParagraph: 4, updatedAt: minutesAgo(7) },
    });
    // Dan has only practice from before he joined, which the class never sees.
    await attempt(dan.id, { startedMinutesAgo: 1, answered: 2 }, true);
    const other = await teacherWithClass('Elsewhere');
    await database.prisma.learner.create({ data: { classId: other.classId, displayName: 'Zed' } });

    const view = await getLiveView(teacherId, classId, lesson, NOW);
    expect(view?.stuckAfterMinutes).toBe(5);
    expect(view?.students.map((row) => [row.displayName, row.state])).toEqual([
      ['Ana', 'working'],
      ['Ben', 'done'],
      ['Cara', 'stuck'],
      ['Dan', 'not-started'],
    ]);
    const [anaRow, benRow, caraRow, danRow] = view!.students;
    expect(anaRow).toMatchObject({
      place: { kind: 'quiz', quizId: 'comprehension', question: 6, questions: 14 },
      lastAction: minutesAgo(2),
    });
    expect(benRow).toMatchObject({ place: { kind: 'submitted', quizId: 'comprehension' }, lastAction: minutesAgo(60) });
    expect(caraRow).toMatchObject({
      place: { kind: 'reading', paragraph: 4, paragraphs: 10 },
      lastAction: minutesAgo(7),
    });
    expect(danRow).toMatchObject({ place: { kind: 'not-started' }, lastAction: null });

    // Three minutes later Ana is stuck too; with 15 minutes chosen, neither is.
    const later = new Date(NOW.getTime() + 3 * 60_000);
    expect((await getLiveView(teacherId, classId, lesson, later))!.students[0]!.state).toBe('stuck');
    expect(await setStuckAfter(teacherId, classId, 15)).toBe(true);
    const patient = await getLiveView(teacherId, classId, lesson, later);
    expect(patient?.stuckAfterMinutes).toBe(15);
    expect(patient?.students.map((row) => row.state)).toEqual(['working', 'done', 'working', 'not-started']);
  });

  it('shows an empty class, and nothing of a class to another teacher, who cannot change its setting', async () => {
    const { teacherId, classId } = await teacherWithClass('Empty');
    const intruder = await teacherWithClass('Intruder');
    expect(await getLiveView(teacherId, classId, lesson, NOW)).toEqual({ stuckAfterMinutes: 5, students: [] });
    expect(await getLiveView(intruder.teacherId, classId, lesson, NOW)).toBeNull();
    expect(await getLiveView(teacherId, 'not-a-uuid', lesson, NOW)).toBeNull();
    expect(await setStuckAfter(intruder.teacherId, classId, 15)).toBe(false);
    expect((await getLiveView(teacherId, classId, lesson, NOW))?.stuckAfterMinutes).toBe(5);
  });
});
