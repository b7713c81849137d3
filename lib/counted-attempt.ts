import { z } from 'zod';

/**
 * Which of a student's attempts at a quiz counts for the class (roster, item analysis, CSV, drill-down): the latest,
 * the first, or the best submitted one. The teacher chooses per class.
 */
export const CountedAttemptSchema = z.enum(['latest', 'first', 'best']);
export type CountedAttempt = z.infer<typeof CountedAttemptSchema>;

/** A stored value as a rule; anything unexpected reads as today's default, the latest attempt. */
export function toCountedAttempt(value: unknown): CountedAttempt {
  const parsed = CountedAttemptSchema.safeParse(value);
  return parsed.success ? parsed.data : 'latest';
}
