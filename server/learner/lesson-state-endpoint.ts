import 'server-only';
import { getLesson } from '../lessons';
import { learnerStateEndpoint } from '../state-endpoint';
import { getCurrentLessonState } from './lesson-state';

// GET /api/{locale}/lessons/{slug}/state: the learner's part of the prerendered reading page
// (components/lesson/LessonLearnerState.tsx).
export const lessonStateEndpoint = learnerStateEndpoint<{ locale: string; slug: string }>(async ({ slug }) => {
  const lesson = getLesson(slug);
  return lesson ? getCurrentLessonState(lesson) : null;
});
