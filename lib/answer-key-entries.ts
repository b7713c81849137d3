// The shapes of the teacher notes' answer key and misconception guide (server/teacher/answer-key.ts makes them,
// components/teacher/notes/LessonKey.tsx shows them).

export type AnswerKeyItem = {
  number: number;
  prompt: string;
  /** The right answer(s) as the results page words them; a written question's model answer. */
  answer: string[];
  written: boolean;
  paragraph: number;
  /** The misconceptions its wrong choices point to. */
  traps: string[];
};

export type AnswerKeyQuiz = { id: string; title: string; items: AnswerKeyItem[] };

export type MisconceptionGuideEntry = { label: string; where: { quiz: string; numbers: number[] }[] };
