import type { CommonMistake, Matrix } from './item-stats';

// A class's answers to one quiz, item by item, as server/teacher/item-analysis.ts builds them and the analysis page shows them.

/** Which students' answers count: everyone's, or only those who took the quiz in one language. */
export type LanguageFilter = 'all' | 'en' | 'es';
/** Answers saved with supports beyond the ones every answer has (lib/supports/profile.ts `notableSupports`), without, or all. */
export type SupportsFilter = 'all' | 'with' | 'without';
/** Which counted answers the item analysis looks at: by the quiz's language, and by the supports on. */
export type AnswerFilter = { language: LanguageFilter; supports: SupportsFilter };
/** No filter: every counted answer. */
export const EVERY_ANSWER: AnswerFilter = { language: 'all', supports: 'all' };

/** One choice a student could make, how many made it, and what a wrong one suggests. */
export type DistributionEntry = {
  label: string;
  count: number;
  percent: number | null;
  correct: boolean;
  misconception: string | null;
};
/** The choices of one question, or of one row and field of a matching or classification item. */
export type DistributionGroup = {
  label: string | null;
  field?: 'speaker' | 'organization' | 'kind';
  entries: DistributionEntry[];
};

export type AnalysedItem = {
  id: string;
  /** 1-based place in the quiz. */
  position: number;
  prompt: string;
  paragraphNumber: number;
  answered: number;
  percentCorrect: number | null;
  distribution: DistributionGroup[];
};

export type ItemAnalysis = {
  students: number;
  /** Hardest first. */
  items: AnalysedItem[];
  scoreBins: number[];
  /** Quotation × speaker, then quotation (or person) × organization; empty for quizzes without matching items. */
  matrices: { speaker: Matrix | null; organization: Matrix | null };
  /** The most common wrong attribution, for the discussion starter. */
  commonMistake: CommonMistake | null;
};
