import 'server-only';
import type { Misconception, QuizItem } from '@/content/quiz-schema';
import type { AnswerKeyQuiz, MisconceptionGuideEntry } from '@/lib/answer-key-entries';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { answerLabels } from '../quiz/answer-labels';
import { describeCorrectAnswer } from '../quiz/answer-words';
import { paragraphNumber } from '../quiz/lesson-text';

// The teacher notes' printable answer key and misconception guide, made from the quizzes themselves so that they
// never disagree with what the quizzes grade.

type Language = 'en' | 'es';

/** The misconception ids an item's wrong choices can signal: their tags, and the confusions of its rows. */
function trapsOf(item: QuizItem, misconceptions: Misconception[]): Set<string> {
  const ids = new Set<string>();
  if (item.type === 'single' || item.type === 'multiple')
    for (const option of item.options) if (option.misconception) ids.add(option.misconception);
  if (item.type === 'truefalse') ids.add(item.misconception);
  if (item.type === 'evidence')
    for (const choice of item.choices) if (choice.misconception) ids.add(choice.misconception);
  if (item.type === 'matching' || item.type === 'classification') {
    const answers =
      item.type === 'matching'
        ? item.rows.flatMap((row) => item.fields.map((field) => ({ field, value: row.answer[field] })))
        : item.rows.map((row) => ({ field: 'kind' as const, value: row.answer }));
    for (const misconception of misconceptions)
      for (const confusion of misconception.confusions ?? [])
        if (answers.some(({ field, value }) => field === confusion.field && value && confusion.right.includes(value)))
          ids.add(misconception.id);
  }
  return ids;
}

export async function answerKey(lesson: LoadedLesson, language: Language): Promise<AnswerKeyQuiz[]> {
  const labels = await answerLabels(language);
  const label = (id: string) => lesson.misconceptions.find((entry) => entry.id === id)?.label[language] ?? id;
  return lesson.quizzes.map((quiz) => ({
    id: quiz.id,
    title: quiz.title[language],
    items: quiz.items.map((item, index) => ({
      number: index + 1,
      prompt: item.prompt[language],
      // Seed 0: a key lists the options as the content does, not as one attempt showed them.
      answer: describeCorrectAnswer(lesson, item, language, labels, 0),
      written: item.type === 'written',
      paragraph: paragraphNumber(lesson, item.paragraph),
      traps: [...trapsOf(item, lesson.misconceptions)].map(label),
    })),
  }));
}

/** Each misconception with the questions, quiz by quiz, whose wrong choices point to it. */
export function misconceptionGuide(lesson: LoadedLesson, language: Language): MisconceptionGuideEntry[] {
  // Each item's traps once, then each misconception looks them up.
  const traps = lesson.quizzes.map((quiz) => quiz.items.map((item) => trapsOf(item, lesson.misconceptions)));
  return lesson.misconceptions.map((misconception) => ({
    label: misconception.label[language],
    where: lesson.quizzes
      .map((quiz, quizIndex) => ({
        quiz: quiz.title[language],
        numbers: traps[quizIndex]!.flatMap((ids, index) => (ids.has(misconception.id) ? [index + 1] : [])),
      }))
      .filter((entry) => entry.numbers.length > 0),
  }));
}
