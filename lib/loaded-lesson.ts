import type { Lesson } from '@/content/lesson-schema';
import type { LessonReadability } from './lesson-stats';

/**
 * A lesson that passed the content check, with its reading time and level worked out (server/lessons.ts loads it).
 * Here rather than in server/ so that the components rendering it need not import server/.
 */
export type LoadedLesson = Lesson & { readability: LessonReadability };
