import 'server-only';
import { levelToScore, type FamiliarityLevel } from '@/lib/familiarity-levels';
import { db } from '../db/client';

/** Saves (or replaces) the learner's familiarity with a lesson's topic. */
export async function saveFamiliarity(learnerId: string, lessonSlug: string, level: FamiliarityLevel): Promise<void> {
  const score = levelToScore(level);
  await db().prisma.topicFamiliarity.upsert({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    create: { learnerId, lessonSlug, level: score },
    update: { level: score },
  });
}
