import 'server-only';
import { randomUUID } from 'node:crypto';
import { createClass } from '../teacher/classes';
import { db } from '../db/client';
import { defaultLessonSlug, getLesson } from '../lessons';
import { hashPassword } from '../auth/passwords';
import { getOrStartAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { seededRandom } from '@/lib/seeded-random';
import { simulatedResponse } from './answers';

export const DEMO_EMAIL = 'demo@fuente.example';
export const DEMO_CLASS_NAME = 'Demo class · Clase de demostración';

// 28 students, as in a real class: bilingual names, some still reading, some midway, most finished.
const STUDENTS = [
  'Ana G.',
  'Mateo R.',
  'Sofía L.',
  'Liam K.',
  'Valentina P.',
  'Noah B.',
  'Camila T.',
  'Emma W.',
  'Diego M.',
  'Olivia S.',
  'Lucía F.',
  'Ethan C.',
  'Isabella N.',
  'Mason H.',
  'Martina V.',
  'Ava J.',
  'Santiago D.',
  'Mia Q.',
  'Daniel E.',
  'Chloe Y.',
  'Gabriel O.',
  'Zoe A.',
  'Valeria I.',
  'Lucas Z.',
  'Renata U.',
  'Jayden X.',
  'Ximena Ñ.',
  'Elijah Ö.',
];

type Stage = 'not-started' | 'reading' | 'comprehension' | 'attribution' | 'finished';

/** How far each student got: 3 not started, 3 reading, 3 midway through each quiz, the rest finished. */
function stageOf(index: number): Stage {
  if (index < 3) return 'not-started';
  if (index < 6) return 'reading';
  if (index < 9) return 'comprehension';
  if (index < 12) return 'attribution';
  return 'finished';
}

/** Creates (or replaces) the demo teacher's demo class, full of simulated work (`npm run demo`). Returns what to print. */
export async function createDemoClass(
  password: string,
): Promise<{ email: string; classId: string; joinCode: string; students: number }> {
  const prisma = db().prisma;
  const passwordHash = await hashPassword(password);
  const teacher = await prisma.teacher.upsert({
    where: { email: DEMO_EMAIL },
    create: { email: DEMO_EMAIL, passwordHash },
    update: { passwordHash },
  });
  await prisma.teacherSession.deleteMany({ where: { teacherId: teacher.id } });
  return { email: DEMO_EMAIL, ...(await fillDemoClass(teacher.id)) };
}

/**
 * Gives a teacher a demo class of 28 simulated students at every stage, replacing their earlier demo class (which
 * cascades to its students and their work): made again, it starts over.
 */
export async function fillDemoClass(
  teacherId: string,
): Promise<{ classId: string; joinCode: string; students: number }> {
  const lesson = getLesson(defaultLessonSlug())!;
  const prisma = db().prisma;
  await prisma.class.deleteMany({ where: { teacherId, name: DEMO_CLASS_NAME } });
  const { id: classId } = await createClass(teacherId, DEMO_CLASS_NAME, {
    feedbackMode: 'immediate',
    retakes: 1,
    defaultLocale: 'en',
    countedAttempt: 'latest',
  });
  const random = seededRandom(2018);
  for (const [index, name] of STUDENTS.entries()) {
    const learner = await prisma.learner.create({ data: { classId, displayName: name } });
    await simulateStudent(
      lesson,
      learner.id,
      stageOf(index),
      index % 5 < 2 ? 'es' : 'en',
      0.35 + random() * 0.6,
      random,
    );
  }
  await spreadTimes(classId, random);
  const klass = await prisma.class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } });
  return { classId, joinCode: klass.joinCode, students: STUDENTS.length };
}

/** One student's reading and answers, through the same functions the app uses, so scores are graded for real. */
async function simulateStudent(
  lesson: LoadedLesson,
  learnerId: string,
  stage: Stage,
  locale: 'en' | 'es',
  skill: number,
  random: () => number,
) {
  if (stage === 'not-started') return;
  const paragraphs = lesson.article.paragraphs.length;
  const furthest = stage === 'reading' ? 2 + Math.floor(random() * (paragraphs - 3)) : paragraphs;
  await db().prisma.readingProgress.create({
    data: { learnerId, lessonSlug: lesson.slug, furthestParagraph: furthest, locale },
  });
  if (stage === 'reading') return;
  for (const quiz of lesson.quizzes) {
    const unfinished =
      (stage === 'comprehension' && quiz.id === 'comprehension') ||
      (stage === 'attribution' && quiz.id === 'attribution');
    const attempt = await getOrStartAttempt(learnerId, lesson.slug, quiz.id, locale);
    const items = unfinished ? quiz.items.slice(0, 3 + Math.floor(random() * 5)) : quiz.items;
    for (const [seq, item] of items.entries()) {
      const response = simulatedResponse(item, skill, random);
      await saveAnswer(lesson, {
        learnerId,
        attemptId: attempt.id,
        itemId: item.id,
        response,
        saveId: randomUUID(),
        seq: seq + 1,
        check: true,
      });
    }
    if (unfinished) return;
    await submitAttempt(lesson, learnerId, attempt.id);
  }
}

/**
 * Everything was just written "now"; spread it over the last hour the way a lesson unfolds: each student starts at
 * their own time and answers a question every half minute or so.
 */
async function spreadTimes(classId: string, random: () => number) {
  const prisma = db().prisma;
  const learners = await prisma.learner.findMany({ where: { classId }, select: { id: true } });
  for (const { id } of learners) {
    const startMinutesAgo = 20 + Math.floor(random() * 40);
    const step = 20 + Math.floor(random() * 40);
    await prisma.$executeRaw`
      UPDATE "QuizAnswer" a SET "updatedAt" = now() - make_interval(mins => ${startMinutesAgo}) + make_interval(secs => ${step} * a."seq" + CASE WHEN q."quizId" = 'attribution' THEN 600 ELSE 0 END),
             "checkedAt" = CASE WHEN a."checkedAt" IS NOT NULL THEN now() - make_interval(mins => ${startMinutesAgo}) + make_interval(secs => ${step} * a."seq" + CASE WHEN q."quizId" = 'attribution' THEN 600 ELSE 0 END) END
      FROM "QuizAttempt" q WHERE q."id" = a."attemptId" AND q."learnerId" = ${id}::uuid`;
    await prisma.$executeRaw`
      UPDATE "QuizAttempt" q SET "startedAt" = now() - make_interval(mins => ${startMinutesAgo}) + CASE WHEN q."quizId" = 'attribution' THEN interval '10 minutes' ELSE interval '0' END,
             "submittedAt" = CASE WHEN q."submittedAt" IS NULL THEN NULL
               ELSE (SELECT max(a."updatedAt") FROM "QuizAnswer" a WHERE a."attemptId" = q."id") + interval '20 seconds' END
      WHERE q."learnerId" = ${id}::uuid`;
    await prisma.$executeRaw`
      UPDATE "ReadingProgress" SET "updatedAt" = now() - make_interval(mins => ${startMinutesAgo + 5}) WHERE "learnerId" = ${id}::uuid`;
  }
}
