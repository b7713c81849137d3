import type { PublicItem } from './public-item';

/** The revision page of a written answer, as server/quiz/revision-page.ts builds it. */
export type RevisionShown = {
  quizTitle: string;
  number: number;
  item: Extract<PublicItem, { type: 'written' }>;
  /** The draft as saved: the text the student revises. */
  saved: unknown;
  /** The version that was asked to be revised, with its level and the teacher's comment. */
  asked: { version: number; level: number; of: number; label: string; comment: string };
  /** A fresh save id for this form: posting it twice (double click, reload) stores it once. */
  saveId: string;
};
