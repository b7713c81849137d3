import 'server-only';
import type { ReadingPreference } from '@/lib/reading-preferences';
import { db } from '../db/client';

/** Records that the learner reached a paragraph; progress only grows, whatever order saves arrive in. */
export async function recordReadingProgress(
  learnerId: string,
  lessonSlug: string,
  paragraph: number,
  locale: string | null = null,
): Promise<number> {
  const rows = await db().prisma.$queryRaw<{ furthestParagraph: number }[]>`
    INSERT INTO "ReadingProgress" ("learnerId", "lessonSlug", "furthestParagraph", "locale", "updatedAt")
    VALUES (${learnerId}::uuid, ${lessonSlug}, ${paragraph}, ${locale}, now())
    ON CONFLICT ("learnerId", "lessonSlug") DO UPDATE
      SET "furthestParagraph" = GREATEST("ReadingProgress"."furthestParagraph", EXCLUDED."furthestParagraph"),
          "locale" = COALESCE(EXCLUDED."locale", "ReadingProgress"."locale"),
          "updatedAt" = now()
    RETURNING "furthestParagraph"`;
  return Number(rows[0]?.furthestParagraph ?? paragraph);
}

/** Saves the learner's text size and line spacing. */
export async function saveReadingPreference(learnerId: string, preference: ReadingPreference): Promise<void> {
  await db().prisma.readingPreference.upsert({
    where: { learnerId },
    create: { learnerId, ...preference },
    update: preference,
  });
}
