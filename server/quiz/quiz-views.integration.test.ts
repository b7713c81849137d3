import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuizItem } from '@/content/quiz-schema';
import { seededRandom } from '@/lib/seeded-random';
import { getOrStartAttempt, saveAnswer, submitAttempt } from './attempts';
import { createClass, getClass } from '../teacher/classes';
import { simulatedResponse } from '../demo/answers';
import { getLesson } from '../lessons';
import { answerLabels } from './answer-labels';
import { loadQuizPage, quizRouteParams } from './quiz-page';
import { loadQuizResults } from './quiz-results';
import { getCurrentLessonState } from '../learner/lesson-state';
import { currentLearnerToken, ensureLearnerId, queueOwnerOf, setLearnerCookie } from '../auth/learner-session';
import { joinClass } from '../learner/students';
import { fakeRequest } from '../testing/next-request';
import { setUpAppTestDatabase } from '../testing/setup-database';

vi.mock('next/headers', async () => (await import('../testing/next-request')).nextHeadersMock);
vi.mock('next-intl/server', async () => (await import('../testing/next-request')).nextIntlServerMock);
vi.stubEnv('FUENTE_SECRET', 'a test secret that is long enough for the schema');

const database = setUpAppTestDatabase();
beforeEach(() => fakeRequest.reset());

const SLUG = 'zero-tolerance';
const lesson = getLesson(SLUG)!;
const quizOf = (id: 'comprehension' | 'attribution') => lesson.quizzes.find((quiz) => quiz.id === id)!;
const itemOf = (quizId: 'comprehension' | 'attribution', itemId: string) =>
  quizOf(quizId).items.find((item) => item.id === itemId)!;

/** Saves one answer of the signed-in learner, as the quiz form does ("check" locks and grades it in immediate mode). */
async function answer(
  learnerId: string,
  attemptId: string,
  itemId: string,
  response: unknown,
  check: boolean,
  seq = 1,
) {
  const result = await saveAnswer(lesson, { learnerId, attemptId, itemId, response, saveId: randomUUID(), seq, check });
  expect(result.status).toBe('saved');
  return result;
}

/** Every item of a quiz answered (`skill` 1: all right, 0: as wrong as a student gets) and submitted. */
async function answerAll(learnerId: string, quizId: 'comprehension' | 'attribution', skill: number) {
  const attempt = await getOrStartAttempt(learnerId, SLUG, quizId);
  const random = seededRandom(7);
  for (const [index, item] of quizOf(quizId).items.entries())
    await answer(learnerId, attempt.id, item.id, simulatedResponse(item, skill, random), true, index + 1);
  const submitted = await submitAttempt(lesson, learnerId, attempt.id);
  expect(submitted.status).toBe('submitted');
  return attempt;
}

async function newClass(settings: { feedbackMode: 'immediate' | 'deferred'; retakes: number }) {
  const teacher = await database.prisma.teacher.create({
    data: { email: `${randomUUID()}@school.example`, passwordHash: 'unused' },
    select: { id: true },
  });
  const { id } = await createClass(teacher.id, 'Period 2', {
    ...settings,
    defaultLocale: 'en',
    countedAttempt: 'latest',
  });
  return (await getClass(teacher.id, id))!.joinCode;
}

/** Signs the fake browser in as a new student of a class with these settings. */
async function studentOf(joinCode: string): Promise<string> {
  const joined = await joinClass(joinCode, 'Ana', randomUUID(), await currentLearnerToken());
  if (!joined.ok) throw new Error(joined.error);
  await setLearnerCookie(joined.token);
  return ensureLearnerId();
}

const keyWords = (item: QuizItem) => [item.explanation.en, item.explanation.es];

describe('the quiz page', () => {
  it('shows a visitor the questions without answer keys or explanations, and nothing saved', async () => {
    const page = (await loadQuizPage(SLUG, 'comprehension', 'en'))!;
    expect(page.attempt).toBeNull();
    expect(page).toMatchObject({ feedbackMode: 'immediate', answers: {}, feedback: {}, queueOwner: 'visitor' });
    expect(page.quiz.items.map((item) => item.id)).toEqual(quizOf('comprehension').items.map((item) => item.id));
    const shown = JSON.stringify(page);
    for (const item of quizOf('comprehension').items)
      for (const words of keyWords(item)) expect(shown).not.toContain(words);
    expect(shown).not.toMatch(/"correct"|misconception|"answer"/);
    expect(fakeRequest.setCookies).toEqual([]); // looking does not create a learner
  });

  it('is null for an unknown lesson or quiz', async () => {
    expect(await loadQuizPage('no-such-lesson', 'comprehension', 'en')).toBeNull();
    expect(await loadQuizPage(SLUG, 'vocabulary', 'en')).toBeNull();
    expect(quizRouteParams()).toEqual([
      { slug: SLUG, quizId: 'comprehension' },
      { slug: SLUG, quizId: 'attribution' },
    ]);
  });

  it('gives back saved drafts, and the right answer and explanation only for the answers the learner checked', async () => {
    const learnerId = await ensureLearnerId();
    const before = (await loadQuizPage(SLUG, 'comprehension', 'es'))!;
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'comprehension', 'es', before.optionSeed);
    await answer(learnerId, attempt.id, 'c-why-criticize', { optionId: 'necessary' }, true);
    await answer(learnerId, attempt.id, 'c-administrative-offense', { value: false }, true);
    await answer(learnerId, attempt.id, 'c-countries', { optionId: 'mexico-cuba-venezuela' }, false);

    fakeRequest.locale = 'es';
    const page = (await loadQuizPage(SLUG, 'comprehension', 'es'))!;
    expect(page.attempt).toMatchObject({ id: attempt.id, status: 'in_progress' });
    expect(page.optionSeed).toBe(before.optionSeed); // the order shown before the attempt existed is the attempt's
    expect(page.queueOwner).toBe(queueOwnerOf(learnerId));
    expect(page.answers).toEqual({
      'c-why-criticize': { response: { optionId: 'necessary' }, seq: 1, checked: true },
      'c-administrative-offense': { response: { value: false }, seq: 1, checked: true },
      'c-countries': { response: { optionId: 'mexico-cuba-venezuela' }, seq: 1, checked: false },
    });
    expect(Object.keys(page.feedback).sort()).toEqual(['c-administrative-offense', 'c-why-criticize']);
    const criticize = itemOf('comprehension', 'c-why-criticize') as Extract<QuizItem, { type: 'single' }>;
    expect(page.feedback['c-why-criticize']).toEqual({
      itemId: 'c-why-criticize',
      score: 0,
      correct: false,
      explanation: criticize.explanation.es,
      paragraphId: 'p2',
      paragraphNumber: 2,
      correctAnswer: [criticize.options.find((option) => option.correct)!.text.es],
      correctOptionIds: ['arbitrary-violation'],
    });
    expect(page.feedback['c-administrative-offense']).toMatchObject({
      score: 1,
      correct: true,
      correctAnswer: ['Falso'],
    });
    // The draft's explanation stays hidden until it is checked.
    expect(JSON.stringify(page)).not.toContain(itemOf('comprehension', 'c-countries').explanation.es);
  });

  it('shows the grade stored when the answer was checked, without grading it again', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'comprehension', 'en');
    await answer(learnerId, attempt.id, 'c-why-criticize', { optionId: 'necessary' }, true);
    // A stored grade no grading of this response would give: the page can only have read it.
    const stored = { score: 0.25, correct: false, misconceptions: [] };
    await database.prisma.quizAnswer.update({
      where: { attemptId_itemId: { attemptId: attempt.id, itemId: 'c-why-criticize' } },
      data: { grade: stored },
    });
    const page = (await loadQuizPage(SLUG, 'comprehension', 'en'))!;
    expect(page.feedback['c-why-criticize']).toMatchObject({ score: 0.25, correct: false });
    await submitAttempt(lesson, learnerId, attempt.id);
    const results = (await loadQuizResults(SLUG, 'comprehension', 'en'))!;
    const position = quizOf('comprehension').items.findIndex((item) => item.id === 'c-why-criticize');
    expect(results.items[position]).toMatchObject({ score: 0.25, correct: false });
  });

  it('explains each row of a checked matching or classification answer, citing the row’s own paragraph', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'attribution');
    const people = { shamdasani: { organization: 'ohchr' }, spindler: { organization: 'ohchr' } }; // Sessions left out
    await answer(learnerId, attempt.id, 'a-people-organizations', { rows: people }, true);
    const kinds = { 'criminal-offense': 'quote', 'never-detained': 'quote' }; // three rows left out
    await answer(learnerId, attempt.id, 'a-classify-voices-1', { rows: kinds }, true);

    const { feedback } = (await loadQuizPage(SLUG, 'attribution', 'en'))!;
    expect(feedback['a-people-organizations']).toMatchObject({
      score: 1 / 3,
      correct: false,
      paragraphId: 'p7',
      paragraphNumber: 7,
    });
    expect(feedback['a-people-organizations']!.rows).toEqual([
      {
        rowId: 'shamdasani',
        correct: true,
        expected: 'Ravina Shamdasani: U.N. human rights office (OHCHR)',
        paragraphId: 'p3',
        paragraphNumber: 3,
      },
      {
        rowId: 'spindler',
        correct: false,
        error: 'wrong-organization',
        expected: 'William Spindler: U.N. refugee agency (UNHCR)',
        paragraphId: 'p7',
        paragraphNumber: 7,
      },
      {
        rowId: 'sessions',
        correct: false,
        error: 'missing',
        expected: expect.stringMatching(/^Jeff Sessions: /),
        paragraphId: 'p10',
        paragraphNumber: 10,
      },
    ]);
    expect(feedback['a-people-organizations']).not.toHaveProperty('correctOptionIds');

    const classified = feedback['a-classify-voices-1']!;
    expect(classified).toMatchObject({ score: 0.2, correct: false });
    expect(classified.rows!.slice(0, 3)).toEqual([
      { rowId: 'criminal-offense', correct: true, expected: 'Direct quotation', paragraphId: 'p5', paragraphNumber: 5 },
      {
        rowId: 'never-detained',
        correct: false,
        error: 'wrong-kind',
        expected: 'Paraphrase of a source',
        paragraphId: 'p3',
        paragraphNumber: 3,
      },
      {
        rowId: 'convention',
        correct: false,
        error: 'missing',
        expected: 'No source named: the article states it',
        paragraphId: 'p2',
        paragraphNumber: 2,
      },
    ]);
  });

  it('in a class with deferred feedback, keeps every explanation back: checking only saves', async () => {
    fakeRequest.reset();
    const learnerId = await studentOf(await newClass({ feedbackMode: 'deferred', retakes: 0 }));
    expect((await loadQuizPage(SLUG, 'attribution', 'en'))!.feedbackMode).toBe('deferred');
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'attribution');
    const saved = await answer(learnerId, attempt.id, 'a-unhcr-mislabel', { optionId: 'ohchr' }, true);
    expect(saved).toMatchObject({ checked: false, grade: null });
    const page = (await loadQuizPage(SLUG, 'attribution', 'en'))!;
    expect(page).toMatchObject({
      feedbackMode: 'deferred',
      feedback: {},
      answers: { 'a-unhcr-mislabel': { checked: false } },
    });
  });
});

describe('the results page', () => {
  it('is there only once the quiz is submitted, and only for its learner', async () => {
    expect(await loadQuizResults(SLUG, 'comprehension', 'en')).toBeNull(); // a visitor
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'comprehension');
    expect(await loadQuizResults(SLUG, 'comprehension', 'en')).toBeNull(); // in progress
    await submitAttempt(lesson, learnerId, attempt.id);
    expect(await loadQuizResults(SLUG, 'comprehension', 'en')).not.toBeNull();
    expect(await loadQuizResults(SLUG, 'nope', 'en')).toBeNull();

    fakeRequest.reset();
    await ensureLearnerId(); // someone else, even with the attempt's id
    expect(await loadQuizResults(SLUG, 'comprehension', 'en', attempt.id)).toBeNull();
  });

  it('explains every item with the learner’s answer beside the right one, in the attempt’s option order', async () => {
    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'comprehension');
    await answer(learnerId, attempt.id, 'c-why-criticize', { optionId: 'arbitrary-violation' }, true);
    await answer(learnerId, attempt.id, 'c-policy-effect', { optionIds: ['deter', 'families-together'] }, false);
    await answer(learnerId, attempt.id, 'c-refugee-agency-too', { sentenceId: 'p6s1' }, true);
    await submitAttempt(lesson, learnerId, attempt.id);

    const results = (await loadQuizResults(SLUG, 'comprehension', 'en'))!;
    const quiz = quizOf('comprehension');
    expect(results).toMatchObject({
      quizId: 'comprehension',
      title: quiz.title.en,
      attempt: { id: attempt.id, status: 'submitted' },
      whoSaidWhat: null,
    });
    expect(results.canRetake).toBe(true); // a guest may always try again
    expect(results.items.map((item) => item.number)).toEqual(quiz.items.map((_, index) => index + 1));
    expect(results.items.map((item) => item.explanation)).toEqual(quiz.items.map((item) => item.explanation.en));

    const criticize = results.items[1]!;
    expect(criticize).toMatchObject({
      prompt: quiz.items[1]!.prompt.en,
      score: 1,
      correct: true,
      paragraphId: 'p2',
      paragraphNumber: 2,
    });
    expect(criticize.yourAnswer).toEqual(criticize.rightAnswer);
    expect(criticize.options!.filter((option) => option.chosen)).toEqual([
      { text: criticize.rightAnswer[0], chosen: true, correct: true },
    ]);

    const effect = results.items[0]!;
    const effectItem = quiz.items[0] as Extract<QuizItem, { type: 'multiple' }>;
    expect(effect.correct).toBe(false);
    expect(effect.options!.map((option) => option.text).sort()).toEqual(
      effectItem.options.map((option) => option.text.en).sort(),
    );
    expect(
      effect
        .options!.filter((option) => option.chosen)
        .map((option) => option.text)
        .sort(),
    ).toEqual(
      effectItem.options
        .filter((option) => ['deter', 'families-together'].includes(option.id))
        .map((option) => option.text.en)
        .sort(),
    );
    expect([...effect.rightAnswer].sort()).toEqual(
      effectItem.options
        .filter((option) => option.correct)
        .map((option) => option.text.en)
        .sort(),
    );
    // The results list options exactly as the attempt showed them on the quiz page.
    const shown = (await loadQuizPage(SLUG, 'comprehension', 'en'))!.quiz.items[0] as { options: { text: string }[] };
    expect(effect.options!.map((option) => option.text)).toEqual(shown.options.map((option) => option.text));

    const evidence = results.items[5]!;
    expect(evidence.correct).toBe(true);
    expect(evidence).not.toHaveProperty('options'); // only choice items list options
    expect(evidence.yourAnswer).toEqual(evidence.rightAnswer);
    expect(evidence.rightAnswer[0]).toBe(lesson.article.paragraphs[5]!.sentences[0]!.en);

    const unanswered = results.items[11]!;
    expect(unanswered).toMatchObject({ yourAnswer: [], rightAnswer: ['True'], score: 0, correct: false });
  });

  it('describes matching and classification answers in words, and lists who said what for the attribution quiz', async () => {
    const learnerId = await ensureLearnerId();
    await answerAll(learnerId, 'attribution', 1);
    const results = (await loadQuizResults(SLUG, 'attribution', 'en'))!;
    // The two written answers wait for the teacher, without their model answer or explanation; the rest count.
    const [pending, graded] = [
      results.items.filter((item) => item.pending),
      results.items.filter((item) => !item.pending),
    ];
    expect(graded.every((item) => item.correct && item.score === 1)).toBe(true);
    expect(pending.map((item) => ({ rightAnswer: item.rightAnswer, explanation: item.explanation }))).toEqual([
      { rightAnswer: [], explanation: '' },
      { rightAnswer: [], explanation: '' },
    ]);
    expect(results.pendingCount).toBe(2);
    expect(results.attempt).toMatchObject({ pointsEarned: 13, pointsPossible: 13 });

    const people = results.items.find(
      (item) => item.prompt === itemOf('attribution', 'a-people-organizations').prompt.en,
    )!;
    expect(people.rightAnswer).toEqual([
      'Ravina Shamdasani: U.N. human rights office (OHCHR)',
      'William Spindler: U.N. refugee agency (UNHCR)',
      expect.stringMatching(/^Jeff Sessions: .+/),
    ]);
    expect(people.yourAnswer).toEqual(people.rightAnswer);
    const classify = results.items.find(
      (item) => item.prompt === itemOf('attribution', 'a-classify-voices-1').prompt.en,
    )!;
    expect(classify.rightAnswer.slice(0, 3)).toEqual([
      '“Entering a country without the relevant papers should not be a criminal offense.”: Direct quotation',
      '“She said children should never be detained because of their or their parents’ immigration status.”: Paraphrase of a source',
      expect.stringMatching(/^“The United States is the only country .*”: No source named: the article states it$/),
    ]);

    const voices = results.whoSaidWhat!;
    expect(voices.length).toBeGreaterThan(5);
    expect(voices.every((row) => row.kind === 'quote' || row.kind === 'paraphrase')).toBe(true);
    expect(voices).toContainEqual({
      paragraphNumber: 5,
      words: expect.any(String),
      kind: 'quote',
      speaker: 'Ravina Shamdasani',
      organization: 'U.N. human rights office (OHCHR)',
    });
  });

  it('shows a wrong matching answer as the learner gave it, with every pair graded', async () => {
    const learnerId = await ensureLearnerId();
    await answerAll(learnerId, 'attribution', 0);
    const results = (await loadQuizResults(SLUG, 'attribution', 'es'))!;
    const people = results.items.find(
      (item) => item.prompt === itemOf('attribution', 'a-people-organizations').prompt.es,
    )!;
    expect(people.correct).toBe(false);
    expect(people.yourAnswer.slice(0, 2)).toEqual([
      'Ravina Shamdasani: Agencia de la ONU para los Refugiados (ACNUR)',
      'William Spindler: Oficina de derechos humanos de la ONU (ACNUDH)',
    ]);
    expect(results.attempt.pointsEarned).toBeLessThan(13);
  });

  it('offers a retake only while the class allows one', async () => {
    const learnerId = await studentOf(await newClass({ feedbackMode: 'immediate', retakes: 0 }));
    await answerAll(learnerId, 'comprehension', 1);
    expect((await loadQuizResults(SLUG, 'comprehension', 'en'))!.canRetake).toBe(false);
  });
});

describe('the quiz status on the reading page', () => {
  const quizStatuses = async () => (await getCurrentLessonState(lesson)).quizStatuses;

  it('is not started for a visitor, then in progress with the count of answers, then submitted with the score', async () => {
    const notStarted = await quizStatuses();
    expect(notStarted).toEqual([
      { quizId: 'comprehension', state: 'not-started', total: 14 },
      { quizId: 'attribution', state: 'not-started', total: 15 },
    ]);

    const learnerId = await ensureLearnerId();
    const attempt = await getOrStartAttempt(learnerId, SLUG, 'comprehension');
    await answer(learnerId, attempt.id, 'c-midterms', { value: true }, true);
    await answer(learnerId, attempt.id, 'c-why-flee', { value: true }, false);
    expect((await quizStatuses())[0]).toEqual({
      quizId: 'comprehension',
      state: 'in-progress',
      total: 14,
      answered: 2,
    });

    await submitAttempt(lesson, learnerId, attempt.id);
    expect(await quizStatuses()).toEqual([
      // The two written answers were left empty: they count as zero, like any unanswered question.
      { quizId: 'comprehension', state: 'submitted', total: 14, pointsEarned: 1, pointsPossible: 14, pending: 0 },
      { quizId: 'attribution', state: 'not-started', total: 15 },
    ]);
  });

  it('keeps a guest’s submitted work as practice after they join a class', async () => {
    const guestId = await ensureLearnerId();
    const practice = await answerAll(guestId, 'comprehension', 1);
    const studentId = await studentOf(await newClass({ feedbackMode: 'immediate', retakes: -1 }));
    expect(studentId).toBe(guestId); // the guest became the student
    expect((await quizStatuses())[0]).toEqual({
      quizId: 'comprehension',
      state: 'not-started',
      total: 14,
      // Its two written answers wait for a teacher: the 12 other questions are counted.
      practice: { attemptId: practice.id, pointsEarned: 12, pointsPossible: 12 },
    });
    // The practice results stay readable by their id; the class's latest attempt does not exist yet.
    expect(await loadQuizResults(SLUG, 'comprehension', 'en')).toBeNull();
    expect((await loadQuizResults(SLUG, 'comprehension', 'en', practice.id))!.attempt).toMatchObject({
      id: practice.id,
      practice: true,
    });
  });
});

describe('answer words', () => {
  it('come in the request’s language, or in the one asked for', async () => {
    expect(await answerLabels()).toEqual({
      true: 'True',
      false: 'False',
      kinds: {
        quote: 'Direct quotation',
        paraphrase: 'Paraphrase of a source',
        reporter: 'No source named: the article states it',
      },
    });
    expect(await answerLabels('es')).toMatchObject({
      true: 'Verdadero',
      false: 'Falso',
      kinds: { quote: 'Cita textual' },
    });
  });
});
