import 'server-only';
import { levelToScore, scoreToLevel, type FamiliarityLevel } from '@/lib/familiarity-levels';
import { db } from '../db/client';

/** The learner's saved familiarity with a lesson's topic, or null if not answered yet. */
export async function getFamiliarity(learnerId: string, lessonSlug: string): Promise<FamiliarityLevel | null> {
  const row = await db().prisma.topicFamiliarity.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    select: { level: true },
  });
  return row ? scoreToLevel(row.level) : null;
}

/** Saves (or replaces) the learner's familiarity with a lesson's topic. */
export async function saveFamiliarity(learnerId: string, lessonSlug: string, level: FamiliarityLevel): Promise<void> {
  const score = levelToScore(level);
  await db().prisma.topicFamiliarity.upsert({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    create: { learnerId, lessonSlug, level: score },
    update: { level: score },
  });
}
