import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Quiz, QuizItem } from '@/content/quiz-schema';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { getOrStartAttempt, saveAnswer, submitAttempt, type SaveAnswerInput } from './attempts';
import { createAnonymousLearner } from '../auth/learner-sessions';
import { setUpAppTestDatabase } from '../testing/setup-database';

const text = (en: string) => ({ en, es: `${en} (es)` });
const base = { prompt: text('Prompt'), explanation: text('Paragraph 1 says so.'), paragraph: 'p1' };
const items: QuizItem[] = [
  { ...base, id: 'tf', type: 'truefalse', answer: true, misconception: 'm' },
  {
    ...base,
    id: 'why',
    type: 'written',
    choices: [{ sentenceId: 'p1s1' }, { sentenceId: 'p1s2' }, { sentenceId: 'p2s1' }, { sentenceId: 'p2s2' }],
    evidence: ['p2s1'],
    rubric: [
      { label: text('Not yet'), descriptor: text('Blank') },
      { label: text('Almost'), descriptor: text('A reason') },
      { label: text('Full'), descriptor: text('A reason and evidence') },
    ],
    modelAnswer: text('Because paragraph 2 says so.'),
    calibration: [],
  },
  {
    ...base,
    id: 'how',
    type: 'written',
    choices: [{ sentenceId: 'p1s1' }, { sentenceId: 'p1s2' }, { sentenceId: 'p2s1' }, { sentenceId: 'p2s2' }],
    evidence: ['p1s1'],
    rubric: [
      { label: text('Not yet'), descriptor: text('Blank') },
      { label: text('Almost'), descriptor: text('A reason') },
      { label: text('Full'), descriptor: text('A reason and evidence') },
    ],
    modelAnswer: text('By reading paragraph 1.'),
    calibration: [],
  },
];
const quiz: Quiz = { id: 'comprehension', title: text('Quiz'), intro: text('Intro'), items };
/** A lesson with a small hand-made quiz, so these tests do not depend on the real lesson's questions. */
const lesson = {
  slug: 'written-lesson',
  voices: { people: [], organizations: [] },
  quizzes: [quiz],
} as unknown as LoadedLesson;

const database = setUpAppTestDatabase();

const written = (words: string, evidence: string[] = [], language: 'en' | 'es' = 'en') => ({
  text: words,
  evidence,
  language,
});

async function newAttempt() {
  const { learnerId } = await createAnonymousLearner();
  const attempt = await getOrStartAttempt(learnerId, lesson.slug, 'comprehension');
  const save = (input: Partial<SaveAnswerInput> & Pick<SaveAnswerInput, 'itemId' | 'response'>) =>
    saveAnswer(lesson, { learnerId, attemptId: attempt.id, saveId: randomUUID(), seq: 1, check: false, ...input });
  const row = (itemId: string) =>
    database.prisma.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId: attempt.id, itemId } } });
  return { learnerId, attempt, save, row };
}

describe('written answers', () => {
  it('keep the newest of many autosaves of one text, whatever order they arrive in', async () => {
    const { save, row } = await newAttempt();
    const drafts = Array.from({ length: 12 }, (_, index) => ({
      itemId: 'why',
      response: written('Because'.padEnd(10 + index * 20, ' and')),
      seq: index + 1,
    }));
    // Sent at once, newest first, as retries from a flaky network would come in: the newest must win.
    const results = await Promise.all([...drafts].reverse().map((draft) => save(draft)));
    expect(results.every((result) => result.status === 'saved' || result.status === 'stale')).toBe(true);
    const stored = await row('why');
    expect({ response: stored?.response, seq: stored?.seq }).toEqual({ response: drafts[11]!.response, seq: 12 });
    // A late retry of an older draft changes nothing.
    expect((await save({ ...drafts[3]!, saveId: randomUUID() })).status).toBe('stale');
    expect((await row('why'))?.response).toEqual(drafts[11]!.response);
  });

  it('are stored by the Save button without being checked, graded or locked', async () => {
    const { save, row } = await newAttempt();
    const saved = await save({ itemId: 'why', response: written('First try.', ['p2s1']), check: true });
    expect(saved).toMatchObject({ status: 'saved', checked: false, grade: null });
    // The Save button's save wins over a newer draft's number (it is the student's latest word) and stays open.
    await save({ itemId: 'why', response: written('Draft.'), seq: 9 });
    const again = await save({ itemId: 'why', response: written('Second try, in Spanish.', [], 'es'), check: true });
    expect(again).toMatchObject({ status: 'saved', checked: false });
    const stored = await row('why');
    expect(stored).toMatchObject({ checkedAt: null, score: null, grade: null, seq: 9 });
    expect(stored?.response).toEqual(written('Second try, in Spanish.', [], 'es'));
  });

  it('store hostile-looking text exactly as given', async () => {
    const { save, row } = await newAttempt();
    const hostile = '=HYPERLINK("http://x")<script>alert(1)</script> 👍🏽\nÑandú';
    expect((await save({ itemId: 'why', response: written(hostile) })).status).toBe('saved');
    expect((await row('why'))?.response).toEqual(written(hostile));
  });

  it('store a pasted text without its invisible characters', async () => {
    const { save, row } = await newAttempt();
    const pasted = '\uFEFFBecause\u200B the\u200E U.N.\u061C said\u2028so\u{E0041}\u{E007F}.';
    expect((await save({ itemId: 'why', response: written(pasted) })).status).toBe('saved');
    expect((await row('why'))?.response).toEqual(written('Because the U.N. said\nso.'));
  });

  it.each([
    ['a text over 600 characters', written('x'.repeat(601))],
    ['a 10,000-character text', written('word '.repeat(2000))],
    ['a right-to-left override', written('The answer is \u202Eterces\u202C.')],
    ['a hidden control character', written('Because\u0007.')],
    ['a NUL character', written('Because\u0000.')],
    ['half of a surrogate pair', written('Because \uD800.')],
    ['a sentence the item does not offer', written('Because.', ['p9s9'])],
    ['more than three sentences', written('Because.', ['p1s1', 'p1s2', 'p2s1', 'p2s2'])],
    ['no language', { text: 'Because.', evidence: [] }],
    ['another language', written('Parce que.', [], 'fr' as 'en')],
    ['extra fields', { ...written('Because.'), score: 1 }],
  ])('refuse %s and store nothing', async (_label, response) => {
    const { save, row } = await newAttempt();
    expect((await save({ itemId: 'why', response })).status).toBe('invalid');
    expect(await row('why')).toBeNull();
  });

  it('count 600 characters as a person does: 600 emoji are allowed', async () => {
    const { save } = await newAttempt();
    expect((await save({ itemId: 'why', response: written('👍'.repeat(600)) })).status).toBe('saved');
  });

  it('wait for the teacher when submitted with words, and score zero when left empty', async () => {
    const { learnerId, attempt, save, row } = await newAttempt();
    await save({ itemId: 'tf', response: { value: true }, check: true });
    await save({ itemId: 'why', response: written('Because paragraph 2 says so.', ['p2s1']) });
    await save({ itemId: 'how', response: written('  ') });
    const submitted = await submitAttempt(lesson, learnerId, attempt.id);
    // The true/false item (1 point) and the empty written answer (0) count; the written answer waits.
    expect(submitted).toMatchObject({ status: 'submitted', attempt: { pointsEarned: 1, pointsPossible: 2 } });
    expect(await row('why')).toMatchObject({ checkedAt: null, score: null, grade: null });
    expect(await row('how')).toMatchObject({ score: 0, correct: false });
  });
});
