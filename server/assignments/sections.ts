import 'server-only';
import type { Pacing } from '@/lib/assignments/pacing';
import type { GuidedReading } from '@/content/sections-schema';

/** What the reveal depends on besides the pacing: the learner's answered checkpoints, the teacher's opened section. */
export type RevealProgress = {
  /** Checkpoint items the learner has answered (checked), right or wrong. */
  answeredItemIds: ReadonlySet<string> | readonly string[];
  /** Teacher-paced: the index (0-based) of the last section the teacher has opened; -1 before the first. */
  openedSection?: number;
};

/**
 * How many of the lesson's sections (from the first) a learner sees. A lesson without sections has one "section",
 * the whole article. open: all; guided: the sections whose checkpoints are all answered, in order, plus the next one;
 * teacher: up to the section the teacher has opened (at least the first).
 */
export function revealedSectionCount(
  lesson: { guided: Pick<GuidedReading, 'sections'> | null },
  pacing: Pacing,
  { answeredItemIds, openedSection = 0 }: RevealProgress,
): number {
  const sections = lesson.guided?.sections ?? [];
  const total = Math.max(sections.length, 1);
  if (!lesson.guided || pacing === 'open') return total;
  if (pacing === 'teacher') return clamp(openedSection + 1, total);
  const answered = new Set(answeredItemIds);
  const passed = sections.findIndex((section) => !section.checkpoints.every((id) => answered.has(id)));
  return passed === -1 ? total : clamp(passed + 1, total);
}

const clamp = (count: number, total: number) => Math.min(Math.max(count, 1), total);
