import 'server-only';
import { DEFAULT_READING_PREFERENCE, type ReadingPreference } from '@/lib/reading-preferences';
import { ReadingPreferenceSchema } from '@/lib/reading-preferences-schema';
import { db } from '../db/client';

/** The furthest paragraph the learner has reached in a lesson, 0 when they have not started. */
export async function getFurthestParagraph(learnerId: string, lessonSlug: string): Promise<number> {
  const row = await db().prisma.readingProgress.findUnique({
    where: { learnerId_lessonSlug: { learnerId, lessonSlug } },
    select: { furthestParagraph: true },
  });
  return row?.furthestParagraph ?? 0;
}

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

/** The learner's text size and line spacing, or the defaults. */
export async function getReadingPreference(learnerId: string): Promise<ReadingPreference> {
  const row = await db().prisma.readingPreference.findUnique({
    where: { learnerId },
    select: { textSize: true, lineSpacing: true },
  });
  // Stored values went through the schema on the way in; parse again so a stale value falls back to the default.
  const parsed = ReadingPreferenceSchema.safeParse(row);
  return parsed.success ? parsed.data : DEFAULT_READING_PREFERENCE;
}

/** Saves the learner's text size and line spacing. */
export async function saveReadingPreference(learnerId: string, preference: ReadingPreference): Promise<void> {
  await db().prisma.readingPreference.upsert({
    where: { learnerId },
    create: { learnerId, ...preference },
    update: preference,
  });
}
