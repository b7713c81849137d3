import type { ItemFeedback, PublicItem } from '@/lib/quiz/public-item';

// What the guided reading page shows (server/assignments/guided-reading.ts reads it): shapes only, in lib/ so that
// components take them without importing server/.

/** One checkpoint question as the browser may see it: no key, and feedback only once it is answered. */
export type GuidedCheckpoint = {
  item: PublicItem;
  /** The learner's checked answer, to show in the locked form. */
  answer?: unknown;
  feedback?: ItemFeedback;
};

export type GuidedReadingView = {
  /** How many sections, from the first, are shown. */
  revealed: number;
  /** The checkpoint attempt the forms save to; null until the first answer starts it. */
  attemptId: string | null;
  /** The option order of that attempt (or of the one the first answer starts). */
  optionSeed: number;
  /** Each shown section's checkpoint questions, in the section order. */
  checkpoints: GuidedCheckpoint[][];
  /** The learner's assignment takes no work now (not open yet, or closed): every section is shown, no form. */
  readOnly: boolean;
  /** Teacher-paced: sections appear as the teacher opens them (the page follows the pace channel). */
  paced: boolean;
};

/** Each section's paragraphs as a range (0-based, end excluded) of the article's, in order. */
export function sectionRanges(
  paragraphIds: readonly string[],
  sections: readonly { through: string }[],
): { start: number; end: number }[] {
  let start = 0;
  return sections.map((section) => {
    const end = paragraphIds.indexOf(section.through) + 1;
    const range = { start, end };
    start = end;
    return range;
  });
}
