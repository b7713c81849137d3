import 'server-only';
import { ReadingProgressSchema } from '@/lib/reading-preferences-schema';
import { learnerJsonEndpoint } from '@/server/json-endpoint';
import { KnownLessonSchema } from '@/server/lessons';
import { recordReadingProgress } from './reading';

// zod runs an object's refinement even when one of its fields failed: then there is no lesson to measure against
// (the fuzz test found the 500 this was), and the request is refused for that field already.
const ProgressSchema = ReadingProgressSchema.extend({ lessonSlug: KnownLessonSchema }).refine(
  ({ lessonSlug: lesson, furthestParagraph }) =>
    typeof lesson?.article !== 'object' || furthestParagraph <= lesson.article.paragraphs.length,
);

/**
 * POST /api/{locale}/reading-progress: records the furthest paragraph the learner on this device has reached;
 * progress never goes back, and the reply says where it stands.
 */
export const readingProgressEndpoint = learnerJsonEndpoint<typeof ProgressSchema, { furthestParagraph: number }>(
  { schema: ProgressSchema, messages: { invalid: 'Forms.fixErrors', server: 'Forms.server' } },
  async ({ lessonSlug: lesson, furthestParagraph }, { learnerId, locale }) => ({
    status: 'ok',
    furthestParagraph: await recordReadingProgress(learnerId, lesson.slug, furthestParagraph, locale),
  }),
);
