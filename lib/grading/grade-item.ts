import type { AutoGradedItem, ClassificationItem, MatchingItem, MultipleSelectItem } from '@/content/quiz-schema';
import type { ClassificationResponse, ItemResponse, MatchingResponse, MultipleResponse } from './responses';

/** How a matching row went wrong, named for the student ("right person, wrong organization"). */
export type MatchingError =
  | 'missing'
  | 'wrong-person'
  | 'wrong-organization'
  | 'right-person-wrong-organization'
  | 'right-organization-wrong-person'
  | 'wrong-person-and-organization';

export type RowGrade = {
  rowId: string;
  score: number;
  correct: boolean;
  error?: MatchingError | 'wrong-kind' | 'missing';
};

export type ItemGrade = {
  /** 0 to 1: partial credit per pair for matching and classification, per option for multiple select. */
  score: number;
  correct: boolean;
  /** Misconception tags of the wrong choices the student made. */
  misconceptions: string[];
  rows?: RowGrade[];
  /** A written answer's teacher score, once returned: the rubric level (1 = lowest) and the teacher's comment. */
  rubric?: { level: number; comment: string | null };
};

/** The grade of an item left unanswered, a written one included. */
export const ZERO: ItemGrade = { score: 0, correct: false, misconceptions: [] };

/**
 * Grades one response against its item. A missing response scores zero. Runs on the server only. Written items are
 * not graded here: their teacher scores them against the rubric.
 */
export function gradeItem(item: AutoGradedItem, response: ItemResponse | null): ItemGrade {
  if (response === null) return ZERO;
  switch (item.type) {
    case 'single': {
      const chosen = item.options.find((option) => 'optionId' in response && option.id === response.optionId);
      if (!chosen) return ZERO;
      return chosen.correct
        ? { score: 1, correct: true, misconceptions: [] }
        : { ...ZERO, misconceptions: tags(chosen.misconception) };
    }
    case 'multiple':
      return gradeMultiple(item, response as MultipleResponse);
    case 'truefalse': {
      if (!('value' in response)) return ZERO;
      return response.value === item.answer
        ? { score: 1, correct: true, misconceptions: [] }
        : { ...ZERO, misconceptions: [item.misconception] };
    }
    case 'evidence': {
      if (!('sentenceId' in response)) return ZERO;
      if (item.answer.includes(response.sentenceId)) return { score: 1, correct: true, misconceptions: [] };
      const choice = item.choices.find((candidate) => candidate.sentenceId === response.sentenceId);
      return { ...ZERO, misconceptions: tags(choice?.misconception) };
    }
    case 'matching':
      return gradeMatching(item, response as MatchingResponse);
    case 'classification':
      return gradeClassification(item, response as ClassificationResponse);
  }
}

function tags(tag: string | undefined): string[] {
  return tag ? [tag] : [];
}

/** Each right option earns its share; each wrong option takes one share back (never below zero). */
function gradeMultiple(item: MultipleSelectItem, response: MultipleResponse): ItemGrade {
  const chosen = new Set(response.optionIds ?? []);
  const right = item.options.filter((option) => option.correct);
  const hits = right.filter((option) => chosen.has(option.id)).length;
  const wrong = item.options.filter((option) => !option.correct && chosen.has(option.id));
  const score = Math.max(0, (hits - wrong.length) / right.length);
  return {
    score,
    correct: hits === right.length && wrong.length === 0,
    misconceptions: wrong.flatMap((option) => tags(option.misconception)),
  };
}

/** Partial credit per row; with two fields, each field is half of the row. */
function gradeMatching(item: MatchingItem, response: MatchingResponse): ItemGrade {
  const rows = item.rows.map((row): RowGrade => {
    const chosen = response.rows?.[row.id] ?? {};
    const checks = item.fields.map((field) => ({
      field,
      given: chosen[field] !== undefined,
      right: chosen[field] === row.answer[field],
    }));
    const score = checks.filter((check) => check.right).length / checks.length;
    if (score === 1) return { rowId: row.id, score, correct: true };
    return { rowId: row.id, score, correct: false, error: matchingError(checks) };
  });
  return summarize(rows);
}

function matchingError(checks: { field: 'speaker' | 'organization'; given: boolean; right: boolean }[]): MatchingError {
  if (checks.every((check) => !check.given)) return 'missing';
  const speaker = checks.find((check) => check.field === 'speaker');
  const organization = checks.find((check) => check.field === 'organization');
  if (speaker && organization) {
    if (speaker.right) return 'right-person-wrong-organization';
    if (organization.right) return 'right-organization-wrong-person';
    return 'wrong-person-and-organization';
  }
  return speaker ? 'wrong-person' : 'wrong-organization';
}

function gradeClassification(item: ClassificationItem, response: ClassificationResponse): ItemGrade {
  const rows = item.rows.map((row): RowGrade => {
    const chosen = response.rows?.[row.id];
    if (chosen === row.answer) return { rowId: row.id, score: 1, correct: true };
    return { rowId: row.id, score: 0, correct: false, error: chosen ? 'wrong-kind' : 'missing' };
  });
  return summarize(rows);
}

function summarize(rows: RowGrade[]): ItemGrade {
  const score = rows.reduce((sum, row) => sum + row.score, 0) / rows.length;
  return { score, correct: rows.every((row) => row.correct), misconceptions: [], rows };
}

/**
 * The attempt's points, the one rule for submitting and for returning written scores: each item's score as it stands,
 * in quiz order; null for a written answer that waits for its teacher, which is not counted until scored. Points are
 * the sum of the counted scores (to three decimals), out of the number of counted items.
 */
export function attemptPoints(itemScores: (number | null)[]): { pointsEarned: number; pointsPossible: number } {
  const counted = itemScores.filter((score): score is number => score !== null);
  const earned = counted.reduce((sum, score) => sum + score, 0);
  return { pointsEarned: Math.round(earned * 1000) / 1000, pointsPossible: counted.length };
}
