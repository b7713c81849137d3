import { z } from 'zod';
import type { CheckpointQuiz } from './quiz-schema';

// Guided reading: the article in sections, each behind its checkpoint questions (content/check-sections.ts).

/** At most this many checkpoint questions stand between one section and the next. */
export const MAX_CHECKPOINTS_PER_SECTION = 2;

export const SectionSchema = z.object({
  /** `s1`, `s2`… in reading order: teacher-paced mode names the section it has opened by its place. */
  id: z.string().regex(/^s\d+$/, 'use a section id such as s2'),
  /** The section's last paragraph; it starts after the previous section's. */
  through: z.string().regex(/^p\d+$/, 'use a paragraph id such as p4'),
  /** Items of quizzes/checkpoints.json, answered before the next section appears. */
  checkpoints: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use an item id'))
    .max(MAX_CHECKPOINTS_PER_SECTION),
});

/** `sections.json` in a lesson folder: optional; without it the lesson has no guided reading. */
export const SectionsSchema = z.object({ sections: z.array(SectionSchema).min(1) });

export type Section = z.infer<typeof SectionSchema>;

/** A lesson's guided reading, checked: its sections and the checkpoint questions they name. */
export type GuidedReading = { sections: Section[]; checkpoints: CheckpointQuiz };
