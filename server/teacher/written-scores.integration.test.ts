import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it, vi } from 'vitest';
import en from '@/messages/en.json';
import type { QuizItem, WrittenItem } from '@/content/quiz-schema';
import { getOrStartAttempt, saveAnswer, submitAttempt } from '../quiz/attempts';
import { getLesson } from '../lessons';
import { setUpAppTestDatabase } from '../testing/setup-database';
import { classCsv } from './class-exports';
import { getItemAnalysis } from './item-analysis';
import { returnWrittenScores } from './written-return';
import { countWrittenWork, getWrittenAnswers, scoreWrittenAnswer } from './written-scores';
import { EVERY_ANSWER } from '@/lib/dashboard/analysed-items';

// The CSV export translates its headers with next-intl, which needs a request outside Next.js: a plain lookup does.
vi.mock('next-intl/server', () => ({
  getTranslations:
    async ({ namespace }: { namespace: string }) =>
    (key: string) =>
      `${namespace}.${key}`.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en),
}));

const database = setUpAppTestDatabase();

const lesson = getLesson('zero-tolerance')!;
const quiz = lesson.quizzes.find((candidate) => candidate.id === 'comprehension')!;
const [first, second] = quiz.items.filter((item): item is WrittenItem => item.type === 'written');
const written = (text: string) => ({ text, evidence: [first!.evidence[0]!], language: 'en' as const });

async function teacherWithClass() {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'x' },
  });
  const klass = await database.prisma.class.create({
    data: { teacherId: teacher.id, name: 'Period 2', joinCode: randomUUID().slice(0, 6) },
  });
  return { teacherId: teacher.id, classId: klass.id };
}

/** A student of the class who answered the true/false item right, wrote `text` for the first written item, submitted. */
async function studentWhoWrote(classId: string, name: string, text: string) {
  const learner = await database.prisma.learner.create({ data: { classId, displayName: name } });
  const attempt = await getOrStartAttempt(learner.id, lesson.slug, quiz.id);
  const truefalse = quiz.items.find((item) => item.type === 'truefalse')!;
  const save = (itemId: string, response: unknown, seq = 1) =>
    saveAnswer(lesson, {
      learnerId: learner.id,
      attemptId: attempt.id,
      itemId,
      response,
      saveId: randomUUID(),
      seq,
      check: true,
    });
  if (truefalse.type === 'truefalse') await save(truefalse.id, { value: truefalse.answer });
  await save(first!.id, written(text));
  await save(second!.id, written(''));
  expect((await submitAttempt(lesson, learner.id, attempt.id)).status).toBe('submitted');
  return { learnerId: learner.id, attemptId: attempt.id };
}

/**
 * An answer to an auto-graded item that varies with its place in the quiz: the key, a wrong answer, part of the key,
 * or nothing (null: the item is left unanswered).
 */
function mixedResponse(item: Exclude<QuizItem, WrittenItem>, index: number): unknown {
  const kind = (['key', 'wrong', 'part', 'none'] as const)[index % 4]!;
  if (kind === 'none') return null;
  const key = kind === 'key';
  switch (item.type) {
    case 'single':
      return { optionId: item.options.find((option) => option.correct === key)!.id };
    case 'multiple':
      return { optionIds: item.options.filter((option) => option.correct === key).map((option) => option.id) };
    case 'truefalse':
      return { value: key === item.answer };
    case 'evidence':
      return { sentenceId: item.choices.find((choice) => item.answer.includes(choice.sentenceId) === key)!.sentenceId };
    case 'matching':
      // 'part': only the first row is answered, and rightly.
      return {
        rows: Object.fromEntries(
          item.rows
            .slice(0, kind === 'part' ? 1 : undefined)
            .map((row, rowIndex) => [
              row.id,
              key || kind === 'part' ? row.answer : item.rows[(rowIndex + 1) % item.rows.length]!.answer,
            ]),
        ),
      };
    case 'classification':
      return {
        rows: Object.fromEntries(
          item.rows.map((row) => [row.id, key ? row.answer : row.answer === 'quote' ? 'paraphrase' : 'quote']),
        ),
      };
  }
}

const answerRow = (attemptId: string, itemId = first!.id) =>
  database.prisma.quizAnswer.findUniqueOrThrow({ where: { attemptId_itemId: { attemptId, itemId } } });
const attemptRow = (attemptId: string) => database.prisma.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });

describe('scoring written answers', () => {
  it('lists the class’s submitted answers with words in them, in name order, and nobody else’s', async () => {
    const { teacherId, classId } = await teacherWithClass();
    await studentWhoWrote(classId, 'Zoe', 'Because of paragraph 5.');
    await studentWhoWrote(classId, 'ana', 'Because of paragraph 2.');
    await studentWhoWrote(classId, 'Blank', '   ');
    const other = await teacherWithClass();
    await studentWhoWrote(other.classId, 'Other', 'Not in this class.');
    const answers = await getWrittenAnswers(teacherId, classId, lesson, quiz, first!);
    expect(answers!.map((answer) => [answer.studentName, answer.response.text])).toEqual([
      ['ana', 'Because of paragraph 2.'],
      ['Zoe', 'Because of paragraph 5.'],
    ]);
    expect(await getWrittenAnswers(other.teacherId, classId, lesson, quiz, first!)).toBeNull();
  });

  it('counts for the class page the same answers the scoring page lists, by question and status', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const zoe = await studentWhoWrote(classId, 'Zoe', 'Because of paragraph 5.');
    await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    // Only white space (a line break and a tab, which SQL's btrim keeps): no words, so nothing to score.
    await studentWhoWrote(classId, 'Blank', '\n\t ');
    const tally = async () => {
      const work = (await countWrittenWork(teacherId, classId, lesson))[quiz.id]!;
      return { quiz: work, first: work.items[first!.id], second: work.items[second!.id] };
    };
    const listed = (await getWrittenAnswers(teacherId, classId, lesson, quiz, first!))!.length;
    expect(listed).toBe(2);
    expect(await tally()).toMatchObject({
      quiz: { answers: listed, toScore: 2, toReturn: 0, returned: 0 },
      first: { answers: listed, toScore: 2 },
      second: { answers: 0, toScore: 0 },
    });
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { ...zoe, itemId: first!.id, level: 2, comment: '' });
    expect((await tally()).quiz).toMatchObject({ toScore: 1, toReturn: 1, returned: 0 });
    await returnWrittenScores(teacherId, classId, lesson, quiz);
    expect((await tally()).quiz).toMatchObject({ toScore: 1, toReturn: 0, returned: 1 });
    // Another teacher's view of this class counts nothing.
    expect((await countWrittenWork((await teacherWithClass()).teacherId, classId, lesson))[quiz.id]).toMatchObject({
      answers: 0,
    });
  });

  it('refuses a score on another teacher’s class and changes nothing', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const { attemptId } = await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    const stranger = await teacherWithClass();
    const score = { attemptId, itemId: first!.id, level: 4, comment: 'Well done.' };
    const before = await answerRow(attemptId);
    // The same valid score, with the other teacher's id, then through the other teacher's own class.
    expect(await scoreWrittenAnswer(stranger.teacherId, classId, lesson, quiz, score)).toBe('not-found');
    expect(await scoreWrittenAnswer(stranger.teacherId, stranger.classId, lesson, quiz, score)).toBe('not-found');
    expect(await answerRow(attemptId)).toEqual(before);
    expect(await returnWrittenScores(stranger.teacherId, classId, lesson, quiz)).toBeNull();
    // The owner's identical request is accepted: what refused the stranger was ownership.
    expect(await scoreWrittenAnswer(teacherId, classId, lesson, quiz, score)).toEqual({ studentName: 'Ana' });
  });

  it('stores a comment without the invisible characters a paste brings along', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const { attemptId } = await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    const comment = 'Good\u200B work,\u200F Ana\uFEFF.\u2029Which sentence?';
    expect(
      await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { attemptId, itemId: first!.id, level: 3, comment }),
    ).toEqual({ studentName: 'Ana' });
    expect(await answerRow(attemptId)).toMatchObject({ teacherComment: 'Good work, Ana.\nWhich sentence?' });
  });

  it.each([
    ['level 0', { level: 0, comment: '' }],
    ['a level above the rubric', { level: 5, comment: '' }],
    ['a comment over 1,000 characters', { level: 2, comment: 'x'.repeat(1001) }],
    ['a comment with a right-to-left override', { level: 2, comment: 'Good \u202Ekrow\u202C.' }],
  ])('refuses %s and changes nothing', async (_label, score) => {
    const { teacherId, classId } = await teacherWithClass();
    const { attemptId } = await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    const before = await answerRow(attemptId);
    expect(await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { attemptId, itemId: first!.id, ...score })).toBe(
      'invalid',
    );
    expect(await answerRow(attemptId)).toEqual(before);
  });

  it('returns scores to the students once: the level becomes the score, the points count it, a second return changes nothing', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const ana = await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    const ben = await studentWhoWrote(classId, 'Ben', 'Because.');
    // Before scoring: the true/false point and the empty written answer count; Ana's written answer waits.
    const possibleBefore = quiz.items.length - 1;
    expect(await attemptRow(ana.attemptId)).toMatchObject({ pointsEarned: 1, pointsPossible: possibleBefore });

    expect(
      await scoreWrittenAnswer(teacherId, classId, lesson, quiz, {
        ...ana,
        itemId: first!.id,
        level: 3,
        comment: 'Which sentence?',
      }),
    ).toEqual({ studentName: 'Ana' });
    // Scored, not returned: the student's answer is unchanged.
    expect(await answerRow(ana.attemptId)).toMatchObject({
      rubricLevel: 3,
      score: null,
      grade: null,
      returnedAt: null,
    });

    expect(await returnWrittenScores(teacherId, classId, lesson, quiz)).toBe(1);
    const returned = await answerRow(ana.attemptId);
    expect(returned).toMatchObject({ score: 2 / 3, correct: false });
    expect(returned.grade).toEqual({
      score: 2 / 3,
      correct: false,
      misconceptions: [],
      rubric: { level: 3, comment: 'Which sentence?' },
    });
    expect(await attemptRow(ana.attemptId)).toMatchObject({ pointsEarned: 1.667, pointsPossible: quiz.items.length });
    // Ben is not scored yet: his answer still waits, and his points are as they were.
    expect(await attemptRow(ben.attemptId)).toMatchObject({ pointsEarned: 1, pointsPossible: possibleBefore });

    const snapshot = async () => [
      await answerRow(ana.attemptId),
      await attemptRow(ana.attemptId),
      await answerRow(ben.attemptId),
    ];
    const before = await snapshot();
    expect(await returnWrittenScores(teacherId, classId, lesson, quiz)).toBe(0);
    expect(await snapshot()).toEqual(before);

    // A score changed after returning waits for the next return; the student keeps seeing the returned one.
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { ...ana, itemId: first!.id, level: 4, comment: '' });
    expect((await getWrittenAnswers(teacherId, classId, lesson, quiz, first!))![0]).toMatchObject({
      level: 4,
      status: 'scored',
    });
    expect((await answerRow(ana.attemptId)).score).toBe(2 / 3);
    expect(await returnWrittenScores(teacherId, classId, lesson, quiz)).toBe(1);
    expect(await answerRow(ana.attemptId)).toMatchObject({ score: 1, correct: true });
    expect(await attemptRow(ana.attemptId)).toMatchObject({ pointsEarned: 2, pointsPossible: quiz.items.length });
  });

  it('counts the points of a return by the rule a submit counts them with, on the same answers', async () => {
    // The attribution quiz, answered alike by two students: keys, wrong answers, partial credit (a third of a
    // matching item), an unanswered item, and answers checked on the way. Ana writes both written answers and her
    // teacher scores them at the lowest level (0 points); Ben leaves them empty, which a submit scores 0 at once.
    const attribution = lesson.quizzes.find((candidate) => candidate.id === 'attribution')!;
    const { teacherId, classId } = await teacherWithClass();
    const answered = async (name: string, text: string) => {
      const learner = await database.prisma.learner.create({ data: { classId, displayName: name } });
      const attempt = await getOrStartAttempt(learner.id, lesson.slug, attribution.id);
      for (const [index, item] of attribution.items.entries()) {
        const response =
          item.type === 'written'
            ? { text, evidence: [item.evidence[0]!], language: 'en' }
            : mixedResponse(item, index);
        if (response === null) continue;
        const input = { learnerId: learner.id, attemptId: attempt.id, itemId: item.id, response, seq: 1 };
        expect(
          await saveAnswer(lesson, { ...input, saveId: randomUUID(), check: index % 3 === 0 }),
          item.id,
        ).toMatchObject({
          status: 'saved',
        });
      }
      expect((await submitAttempt(lesson, learner.id, attempt.id)).status).toBe('submitted');
      return { attemptId: attempt.id };
    };
    const ana = await answered('Ana', 'The reporter says so in paragraph 4.');
    const ben = await answered('Ben', '');
    for (const item of attribution.items.filter((candidate) => candidate.type === 'written'))
      await scoreWrittenAnswer(teacherId, classId, lesson, attribution, {
        ...ana,
        itemId: item.id,
        level: 1,
        comment: '',
      });
    expect(await returnWrittenScores(teacherId, classId, lesson, attribution)).toBe(2);

    const points = async ({ attemptId }: { attemptId: string }) => {
      const { pointsEarned, pointsPossible } = await attemptRow(attemptId);
      return { pointsEarned, pointsPossible };
    };
    const submitted = await points(ben);
    expect(submitted.pointsPossible).toBe(attribution.items.length);
    expect(submitted.pointsEarned! % 1).not.toBe(0); // the partial credit is in the sum
    expect(await points(ana)).toEqual(submitted);
  });

  it('export a hostile answer, its evidence, level and comment in the CSV as text a spreadsheet will not run', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const hostile = '=HYPERLINK("http://evil.example","click") <script>x</script>';
    const { attemptId } = await studentWhoWrote(classId, 'Ana', hostile);
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, {
      attemptId,
      itemId: first!.id,
      level: 2,
      comment: '+1 see me',
    });
    const csv = (await classCsv('answers', teacherId, classId, lesson, 'en'))!;
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate[en.ClassExport.itemId] === first!.id)!;
    expect(row[en.ClassExport.answer]).toBe(`'${hostile}`);
    expect(row[en.ClassExport.evidence]).toBe(
      lesson.article.paragraphs.flatMap((p) => p.sentences).find((x) => x.id === first!.evidence[0])!.en,
    );
    expect(row[en.ClassExport.level]).toBe('2');
    expect(row[en.ClassExport.comment]).toBe("'+1 see me");

    // The students file gives each written question's level in the counted attempt (this mock leaves the headers'
    // placeholders unfilled, so the columns are found by position: the first written question's comes first).
    const [header, ...students] = parse(
      (await classCsv('students', teacherId, classId, lesson, 'en'))!.replace(/^\uFEFF/, ''),
    ) as string[][];
    const levelColumn = header!.indexOf(en.ClassExport.writtenLevel);
    expect(students.map((student) => [student[0], student[levelColumn], student[levelColumn + 1]])).toEqual([
      ['Ana', '2', ''],
    ]);
  });

  it('show the distribution of returned rubric levels in the item analysis, once scores are returned', async () => {
    const { teacherId, classId } = await teacherWithClass();
    const ana = await studentWhoWrote(classId, 'Ana', 'Because of paragraph 2.');
    const ben = await studentWhoWrote(classId, 'Ben', 'Because.');
    const labels = { true: 'True', false: 'False', kinds: { quote: 'Q', paraphrase: 'P', reporter: 'R' } };
    const analysis = () => getItemAnalysis(teacherId, classId, lesson, quiz, EVERY_ANSWER, 'en', labels);
    // Nothing returned yet: the written item is not in the analysis.
    expect((await analysis()).items.some((entry) => entry.id === first!.id)).toBe(false);
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { ...ana, itemId: first!.id, level: 4, comment: '' });
    await scoreWrittenAnswer(teacherId, classId, lesson, quiz, { ...ben, itemId: first!.id, level: 2, comment: '' });
    await returnWrittenScores(teacherId, classId, lesson, quiz);
    const analysed = (await analysis()).items.find((entry) => entry.id === first!.id)!;
    expect(analysed).toMatchObject({ answered: 2, percentCorrect: 50 });
    expect(analysed.distribution[0]!.entries.map((entry) => [entry.label, entry.count, entry.correct])).toEqual(
      first!.rubric.map((level, index) => [`${index + 1}. ${level.label.en}`, [0, 1, 0, 1][index], index === 3]),
    );
  });
});
