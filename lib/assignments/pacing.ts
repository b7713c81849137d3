import { z } from 'zod';

/**
 * How an assignment reveals the article: all at once ("open"); section by section, each after the checkpoint
 * questions of the one before, at the student's pace ("guided"); or up to the section the teacher has opened
 * ("teacher"). The rule is server/assignments/sections.ts.
 */
export const PACINGS = ['open', 'guided', 'teacher'] as const;
export const PacingSchema = z.enum(PACINGS);
export type Pacing = z.infer<typeof PacingSchema>;

/** A stored pacing read back; an unknown value (a newer app's) reveals everything, as before pacing existed. */
export function toPacing(value: string | null | undefined): Pacing {
  const parsed = PacingSchema.safeParse(value);
  return parsed.success ? parsed.data : 'open';
}
