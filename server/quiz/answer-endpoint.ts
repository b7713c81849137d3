import 'server-only';
import { SaveRequestSchema, type SaveReceipt } from '@/lib/quiz/save-request';
import { queueOwnerOf } from '@/server/auth/learner-session';
import { learnerJsonEndpoint } from '@/server/json-endpoint';
import { KnownLessonSchema } from '@/server/lessons';
import { answerItem } from './answer-item';
import { saveFitsLesson } from './attempts';

// A save no attempt could take is refused here, before a guest is made for it. zod runs an object's refinement even
// when one of its fields failed: then there is no lesson, and the request is refused for that field already.
const PostedSaveSchema = SaveRequestSchema.extend({ lessonSlug: KnownLessonSchema }).refine(
  ({ lessonSlug: lesson, ...save }) => typeof lesson?.slug !== 'string' || saveFitsLesson(lesson, save),
);

/**
 * POST /api/{locale}/answers: stores one answer of the learner on this device (idempotent by saveId, see
 * answerItem) and, when it was checked, returns its feedback. The quiz page's save queue sends every answer here.
 */
export const answerEndpoint = learnerJsonEndpoint<typeof PostedSaveSchema, SaveReceipt>(
  {
    schema: PostedSaveSchema,
    messages: {
      invalid: 'Quiz.errors.invalid',
      'not-found': 'Quiz.errors.notFound',
      submitted: 'Quiz.errors.submitted',
      'not-open': 'Quiz.errors.notOpen',
      closed: 'Quiz.errors.closed',
      server: 'Quiz.errors.server',
    },
  },
  async ({ lessonSlug: lesson, ...save }, { learnerId, locale }) => {
    const outcome = await answerItem(learnerId, locale, { lesson, ...save });
    return outcome.status === 'error' ? outcome : { ...outcome, queueOwner: queueOwnerOf(learnerId) };
  },
);
