// Kept free of zod so that the browser bundle of the reading page does not carry the validation library.

/** Answers to "How familiar are you with this topic?", from least to most. */
export const FAMILIARITY_LEVELS = ['new', 'heard', 'some', 'lots'] as const;

export type FamiliarityLevel = (typeof FAMILIARITY_LEVELS)[number];

/** The database keeps the level as 1-4 so that later reports can average and sort it. */
export function levelToScore(level: FamiliarityLevel): number {
  return FAMILIARITY_LEVELS.indexOf(level) + 1;
}

export function scoreToLevel(score: number): FamiliarityLevel | null {
  return FAMILIARITY_LEVELS[score - 1] ?? null;
}
