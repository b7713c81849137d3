import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import { answerableQuizzes } from '@/content/lesson-schema';
import { CHECKPOINT_QUIZ_ID, type AnyQuiz, type QuizItem } from '@/content/quiz-schema';
import { attemptPoints, gradeItem, ZERO, type ItemGrade } from '@/lib/grading/grade-item';
import { hasWrittenText, parseResponse, type ItemResponse } from '@/lib/grading/responses';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { AttemptSummary, FeedbackMode } from '@/lib/quiz/attempt-summary';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import { retakesAllowed } from '@/lib/supports/profile';
import { workRefusal } from '../assignments/student-window';
import { db } from '../db/client';
import { storedSupportProfile } from '../supports/profiles';
import { writeAnswerAtOnce } from './answer-write';
import { answerRefusal, attemptTakesSave } from './save-rule';

/** A saved answer of an attempt; `grade` once it is graded (checked, or its attempt submitted). */
export type SavedAnswer = {
  itemId: string;
  response: ItemResponse;
  seq: number;
  checked: boolean;
  grade: ItemGrade | null;
};

type GradedRow = { response: Prisma.JsonValue; score: number | null; grade: Prisma.JsonValue };

/**
 * The grade stored with an answer. Answers graded before the grade column existed (migration 20261202070000) have a
 * score but no stored grade: those, and only those, are graded again.
 */
function storedGrade(item: QuizItem | undefined, row: GradedRow): ItemGrade | null {
  if (row.grade !== null) return row.grade as ItemGrade;
  return item && item.type !== 'written' && row.score !== null ? gradeItem(item, row.response as ItemResponse) : null;
}

const asJson = (grade: ItemGrade | null) => (grade ? (grade as Prisma.InputJsonValue) : Prisma.DbNull);

const attemptSelect = {
  id: true,
  number: true,
  status: true,
  feedbackMode: true,
  submittedAt: true,
  pointsEarned: true,
  pointsPossible: true,
  optionSeed: true,
  practice: true,
} as const;

export type AttemptRow = Prisma.QuizAttemptGetPayload<{ select: typeof attemptSelect }>;

/** attemptSelect's columns, for the statements written in SQL. */
const ATTEMPT_COLUMNS = Prisma.raw(
  Object.keys(attemptSelect)
    .map((column) => `"${column}"`)
    .join(', '),
);

export const toSummary = (row: AttemptRow): AttemptSummary => ({
  ...row,
  status: row.status === 'submitted' ? 'submitted' : 'in_progress',
  feedbackMode: row.feedbackMode === 'deferred' ? 'deferred' : 'immediate',
});

/**
 * What the learner's class allows them (guests: immediate feedback, unlimited retakes), with the extra attempts of their
 * support profile.
 */
export async function classRules(learnerId: string): Promise<{ feedbackMode: FeedbackMode; retakes: number }> {
  const learner = await db().prisma.learner.findUnique({
    where: { id: learnerId },
    select: { supportProfile: true, class: { select: { feedbackMode: true, retakes: true } } },
  });
  return {
    feedbackMode: learner?.class?.feedbackMode === 'deferred' ? 'deferred' : 'immediate',
    retakes: retakesAllowed(learner?.class?.retakes ?? -1, storedSupportProfile(learner?.supportProfile ?? null)),
  };
}

/**
 * The option-order seed of a learner's attempt, derived from who and which attempt it is: the page can show the
 * order before the attempt exists, and the attempt keeps it once it does. Not secret: the order says nothing of the key.
 */
export function derivedOptionSeed(learnerId: string, lessonSlug: string, quizId: string, number: number): number {
  return (
    createHash('sha256').update(`${learnerId}:${lessonSlug}:${quizId}:${number}`).digest().readUInt32BE(0) &
    MAX_ORDER_SEED
  );
}

/**
 * The learner's latest class attempt at a quiz, starting the first one (with the class's feedback mode) if there is
 * none. `optionSeed` is the order the page showed before the attempt existed (a visitor's first page has no learner
 * to derive it from); any seed is harmless, since every order hides the key equally well. Ungated: the seeds and the demo
 * class use it; a student's request goes through openAttempt.
 */
export async function getOrStartAttempt(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  locale: string | null = null,
  optionSeed: number = derivedOptionSeed(learnerId, lessonSlug, quizId, 1),
): Promise<AttemptSummary> {
  // A checkpoint of guided reading opens the next section once checked, and counts in no score: always checked at once.
  // Otherwise the class's feedback mode, read in the same statement (classRules' rule: a guest's is immediate).
  const feedbackMode =
    quizId === CHECKPOINT_QUIZ_ID
      ? Prisma.sql`'immediate'`
      : Prisma.sql`COALESCE((SELECT CASE c."feedbackMode" WHEN 'deferred' THEN 'deferred' END
                             FROM "Learner" l JOIN "Class" c ON c."id" = l."classId"
                             WHERE l."id" = ${learnerId}::uuid), 'immediate')`;
  // The first attempt, in one statement, unless the learner has one already (then the latest is theirs). Two tabs may
  // start at once: the unique (learner, lesson, quiz, practice, number) lets one insert win, and the other reads the
  // winner's attempt.
  const started = await db().prisma.$queryRaw<AttemptRow[]>`
    INSERT INTO "QuizAttempt" ("id", "learnerId", "lessonSlug", "quizId", "number", "feedbackMode", "locale", "optionSeed")
    SELECT gen_random_uuid(), ${learnerId}::uuid, ${lessonSlug}, ${quizId}, 1, ${feedbackMode}, ${locale},
           ${optionSeed}::int
    WHERE NOT EXISTS (
      SELECT 1 FROM "QuizAttempt"
      WHERE "learnerId" = ${learnerId}::uuid AND "lessonSlug" = ${lessonSlug} AND "quizId" = ${quizId}
        AND "practice" = false
    )
    ON CONFLICT DO NOTHING
    RETURNING ${ATTEMPT_COLUMNS}`;
  return started[0] ? toSummary(started[0]) : (await latestAttempt(learnerId, lessonSlug, quizId))!;
}

/**
 * getOrStartAttempt for a student's own request: starts no attempt while their assignment of the lesson takes no work
 * (not open yet, or closed for them), and says why.
 */
export async function openAttempt(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  locale: string | null,
  optionSeed?: number,
): Promise<{ attempt: AttemptSummary } | { refused: WorkRefusal }> {
  const refused = await workRefusal(learnerId, lessonSlug, quizId);
  if (refused) return { refused };
  return { attempt: await getOrStartAttempt(learnerId, lessonSlug, quizId, locale, optionSeed) };
}

/** How many more attempts the learner may start after their latest one (null: unlimited). */
export async function retakesLeft(learnerId: string, latestNumber: number): Promise<number | null> {
  const { retakes } = await classRules(learnerId);
  return retakes < 0 ? null : Math.max(0, retakes - (latestNumber - 1));
}

/** The learner's latest attempt that is not practice, or null. */
export async function latestAttempt(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
): Promise<AttemptSummary | null> {
  // SQL rather than Prisma's findFirst, which cost four times the CPU of the statement it sends (bench/README.md).
  const rows = await db().prisma.$queryRaw<AttemptRow[]>`
    SELECT ${ATTEMPT_COLUMNS} FROM "QuizAttempt"
    WHERE "learnerId" = ${learnerId}::uuid AND "lessonSlug" = ${lessonSlug} AND "quizId" = ${quizId}
      AND "practice" = false
    ORDER BY "number" DESC
    LIMIT 1`;
  return rows[0] ? toSummary(rows[0]) : null;
}

/**
 * The learner's latest submitted attempt, or a given one of theirs (practice included, so a student can still read
 * what they did as a guest); null when there is none.
 */
export async function submittedAttempt(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  attemptId?: string,
): Promise<AttemptSummary | null> {
  if (attemptId !== undefined && !isUuid(attemptId)) return null;
  const row = await db().prisma.quizAttempt.findFirst({
    where: {
      learnerId,
      lessonSlug,
      quizId,
      status: 'submitted',
      ...(attemptId ? { id: attemptId } : { practice: false }),
    },
    orderBy: { number: 'desc' },
    select: attemptSelect,
  });
  return row ? toSummary(row) : null;
}

/**
 * Starts a new attempt after a submitted one, if the class allows another; the old attempts are kept. Returns the
 * attempt to work on, or null when no retake is left or the learner's assignment of the lesson takes no work now.
 */
export async function startRetake(
  learnerId: string,
  lessonSlug: string,
  quizId: string,
  locale: string | null = null,
): Promise<AttemptSummary | null> {
  const latest = await latestAttempt(learnerId, lessonSlug, quizId);
  if (!latest) return getOrStartAttempt(learnerId, lessonSlug, quizId, locale);
  if (latest.status !== 'submitted') return latest;
  if ((await retakesLeft(learnerId, latest.number)) === 0) return null;
  if (await workRefusal(learnerId, lessonSlug, quizId)) return null;
  const { feedbackMode } = await classRules(learnerId);
  const number = latest.number + 1;
  const optionSeed = derivedOptionSeed(learnerId, lessonSlug, quizId, number);
  await db().prisma.quizAttempt.createMany({
    data: [{ learnerId, lessonSlug, quizId, number, feedbackMode, locale, optionSeed }],
    skipDuplicates: true,
  });
  return (await latestAttempt(learnerId, lessonSlug, quizId))!;
}

/** A stored answer row as the pages use it, its grade as stored (see storedGrade). */
export function toSavedAnswer(
  quiz: AnyQuiz,
  // checkedAt is a string when the row comes inside a JSON aggregate (server/quiz/quiz-page.ts).
  row: GradedRow & { itemId: string; seq: number; checkedAt: Date | string | null },
): SavedAnswer {
  return {
    itemId: row.itemId,
    response: row.response as ItemResponse,
    seq: row.seq,
    checked: row.checkedAt !== null,
    grade: storedGrade(
      quiz.items.find((item) => item.id === row.itemId),
      row,
    ),
  };
}

/** Every saved answer of an attempt the learner owns (empty for someone else's attempt), with its stored grade. */
export async function getSavedAnswers(learnerId: string, attemptId: string, quiz: AnyQuiz): Promise<SavedAnswer[]> {
  const rows = await db().prisma.quizAnswer.findMany({
    where: { attemptId, attempt: { learnerId } },
    select: { itemId: true, response: true, seq: true, checkedAt: true, score: true, grade: true },
  });
  return rows.map((row) => toSavedAnswer(quiz, row));
}

export type SaveAnswerInput = {
  learnerId: string;
  attemptId: string;
  itemId: string;
  response: unknown;
  saveId: string;
  seq: number;
  /**
   * The student pressed the item's button: grade and lock the answer (immediate feedback), or for a written answer,
   * store it over any draft without locking it.
   */
  check: boolean;
};

export type SaveAnswerResult =
  | {
      status: 'saved' | 'duplicate' | 'already-checked';
      checked: boolean;
      grade: ItemGrade | null;
      item: QuizItem;
      optionSeed: number;
    }
  | { status: 'stale' }
  | { status: 'invalid' }
  | { status: 'not-found' }
  | { status: 'submitted' }
  | { status: WorkRefusal };

/** The learner's assignment of the lesson takes no work now: it has not opened, or it has closed for them. */
export type WorkRefusal = 'not-open' | 'closed';

type LockedAttempt = {
  id: string;
  status: string;
  feedbackMode: string;
  lessonSlug: string;
  quizId: string;
  practice: boolean;
  optionSeed: number;
};

async function lockAttempt(
  tx: Prisma.TransactionClient,
  attemptId: string,
  learnerId: string,
): Promise<LockedAttempt | null> {
  const rows = await tx.$queryRaw<LockedAttempt[]>`
    SELECT "id", "status", "feedbackMode", "lessonSlug", "quizId", "practice", "optionSeed" FROM "QuizAttempt"
    WHERE "id" = ${attemptId}::uuid AND "learnerId" = ${learnerId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}

/** The people and organizations an attribution answer may name. */
function voicesOf(lesson: LoadedLesson) {
  return {
    people: new Set(lesson.voices.people.map((person) => person.id)),
    organizations: new Set(lesson.voices.organizations.map((organization) => organization.id)),
  };
}

/**
 * Whether a save could be stored at all: an item of the quiz it names, a response of that item's shape, a saveId. A
 * save that could not is refused before anything is made for it (a guest, an attempt).
 */
export function saveFitsLesson(
  lesson: LoadedLesson,
  save: { quizId: string; itemId: string; response: unknown; saveId: string },
): boolean {
  const quiz = answerableQuizzes(lesson).find((candidate) => candidate.id === save.quizId);
  const item = quiz?.items.find((candidate) => candidate.id === save.itemId);
  return isUuid(save.saveId) && item !== undefined && parseResponse(item, save.response, voicesOf(lesson)).ok;
}

/** The item a save names, wherever it is in the lesson (item ids are unique in a lesson: the content check). */
function itemOfLesson(lesson: LoadedLesson, itemId: string): { quizId: string; item: QuizItem } | null {
  for (const quiz of answerableQuizzes(lesson)) {
    const item = quiz.items.find((candidate) => candidate.id === itemId);
    if (item) return { quizId: quiz.id, item };
  }
  return null;
}

/**
 * Saves one answer, idempotently: the same save (same saveId) twice is stored once; a late retry never
 * overwrites a newer answer (seq); a checked answer is final. Only the attempt's owner can save, and only
 * while it is in progress. The one statement in answer-write.ts does every write; when it writes nothing, the rows
 * are read to say why, by the same rule (save-rule.ts).
 */
export async function saveAnswer(lesson: LoadedLesson, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  if (!isUuid(input.saveId)) return { status: 'invalid' };
  if (!isUuid(input.attemptId)) return { status: 'not-found' };
  const found = itemOfLesson(lesson, input.itemId);
  const parsed = found ? parseResponse(found.item, input.response, voicesOf(lesson)) : null;
  if (found && parsed?.ok) {
    const { item, quizId } = found;
    // A written answer is never checked: it stays open until the attempt is submitted, and its teacher scores it.
    const check = input.check && item.type !== 'written';
    const grade = check ? gradeItem(item, parsed.response) : null;
    const save = { ...input, check, force: input.check, lessonSlug: lesson.slug, quizId };
    const written = await writeAnswerAtOnce({ ...save, response: parsed.response, grade });
    if (written) {
      const { checked, optionSeed } = written;
      return { status: 'saved', checked, grade: checked ? grade : null, item, optionSeed };
    }
  }
  return whyNotSaved(lesson, input);
}

/** Why the save statement wrote nothing, read from the attempt and the stored answer. */
async function whyNotSaved(lesson: LoadedLesson, input: SaveAnswerInput): Promise<SaveAnswerResult> {
  const attempt = await db().prisma.quizAttempt.findFirst({
    where: { id: input.attemptId, learnerId: input.learnerId, lessonSlug: lesson.slug },
    select: { id: true, quizId: true, status: true, practice: true, optionSeed: true },
  });
  if (!attempt) return { status: 'not-found' };
  const quiz = answerableQuizzes(lesson).find((candidate) => candidate.id === attempt.quizId);
  const item = quiz?.items.find((candidate) => candidate.id === input.itemId);
  if (!item) return { status: 'invalid' };
  const stored = await db().prisma.quizAnswer.findUnique({
    where: { attemptId_itemId: { attemptId: attempt.id, itemId: item.id } },
  });
  if (!attemptTakesSave(attempt, stored)) return { status: 'submitted' };
  const closed = await workRefusal(input.learnerId, lesson.slug, attempt.quizId);
  if (closed) return { status: closed };
  const refusal = answerRefusal(stored, { ...input, force: input.check });
  if (refusal === 'stale') return { status: 'stale' };
  if (stored && refusal) {
    const checked = stored.checkedAt !== null;
    const grade = checked ? storedGrade(item, stored) : null;
    return { status: refusal, checked, grade, item, optionSeed: attempt.optionSeed };
  }
  // The rule lets it through, so the statement refused something else: a response that does not parse, or a saveId
  // that another answer already has (a forged or confused request).
  return { status: 'invalid' };
}

export type SubmitResult =
  | { status: 'submitted' | 'already-submitted'; attempt: AttemptSummary }
  | { status: 'not-found' }
  | { status: WorkRefusal };

/**
 * Submits an attempt and stores its score exactly once: the attempt row is locked, and a second submit (double
 * click, another tab, a stale page) gets the stored result back. A class student's submit is refused while their
 * assignment of the lesson has not opened or has closed for them; after its due date it is taken (and counts as late).
 */
export async function submitAttempt(lesson: LoadedLesson, learnerId: string, attemptId: string): Promise<SubmitResult> {
  if (!isUuid(attemptId)) return { status: 'not-found' };
  return db().prisma.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, attemptId, learnerId);
    if (!attempt || attempt.lessonSlug !== lesson.slug || attempt.practice) return { status: 'not-found' as const };
    if (attempt.status === 'submitted') {
      const row = await tx.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: attemptSelect });
      return { status: 'already-submitted' as const, attempt: toSummary(row) };
    }
    const closed = await workRefusal(learnerId, lesson.slug, attempt.quizId, tx);
    if (closed) return { status: closed };
    const quiz = answerableQuizzes(lesson).find((candidate) => candidate.id === attempt.quizId) as AnyQuiz;
    const answers = await tx.quizAnswer.findMany({
      where: { attemptId: attempt.id },
      select: { itemId: true, response: true, checkedAt: true },
    });
    const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
    const grades = quiz.items.map((item) => {
      const answer = byItem.get(item.id);
      const response = (answer?.response as ItemResponse | undefined) ?? null;
      // A written answer waits for its teacher (no grade yet); an empty one scores zero like any unanswered item.
      if (item.type === 'written') return { item, answer, grade: hasWrittenText(response) ? null : ZERO };
      return { item, answer, grade: gradeItem(item, response) };
    });
    // Answers that were saved but never checked (deferred feedback) get their grade now.
    for (const { item, answer, grade } of grades) {
      if (answer && !answer.checkedAt && grade) {
        await tx.quizAnswer.update({
          where: { attemptId_itemId: { attemptId: attempt.id, itemId: item.id } },
          data: { score: grade.score, correct: grade.correct, grade: asJson(grade) },
        });
      }
    }
    const points = attemptPoints(grades.map((entry) => entry.grade?.score ?? null));
    const row = await tx.quizAttempt.update({
      where: { id: attempt.id },
      data: { status: 'submitted', submittedAt: new Date(), ...points },
      select: attemptSelect,
    });
    return { status: 'submitted' as const, attempt: toSummary(row) };
  });
}
