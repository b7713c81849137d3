import 'server-only';
import { randomInt } from 'node:crypto';
import { CHECKPOINT_QUIZ_ID } from '@/content/quiz-schema';
import type { GuidedReadingView } from '@/lib/assignments/guided-view';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { MAX_ORDER_SEED } from '@/lib/quiz/option-order';
import { currentLearnerToken } from '../auth/learner-session';
import { findLearnerIdByToken } from '../auth/learner-sessions';
import { answerLabels } from '../quiz/answer-labels';
import { toFeedback } from '../quiz/answer-words';
import { derivedOptionSeed, getSavedAnswers, latestAttempt } from '../quiz/attempts';
import { toPublicItem } from '../quiz/public-quiz';
import { revealedSectionCount } from './sections';
import { studentAssignment, windowRefusal } from './student-window';

/**
 * The guided reading page of a lesson with sections, for the session's own learner (a visitor sees the first section
 * and its questions; their first answer makes them a guest). Sections open as their checkpoints are answered
 * (`revealedSectionCount`, pacing "guided"), or as the teacher opens them when the assignment is teacher-paced,
 * except while the learner's assignment takes no work, when all are shown. Feedback, with the key, only for answered checkpoints.
 */
export async function loadGuidedReading(
  lesson: LoadedLesson,
  language: 'en' | 'es',
): Promise<GuidedReadingView | null> {
  const guided = lesson.guided;
  if (!guided) return null;
  const learnerId = await findLearnerIdByToken(await currentLearnerToken());
  const assignment = learnerId ? await studentAssignment(learnerId, lesson.slug) : null;
  const readOnly = assignment !== null && windowRefusal(assignment, null) !== null;
  const attempt = learnerId ? await latestAttempt(learnerId, lesson.slug, CHECKPOINT_QUIZ_ID) : null;
  const saved = attempt && learnerId ? await getSavedAnswers(learnerId, attempt.id, guided.checkpoints) : [];
  const checked = new Map(saved.filter((answer) => answer.checked).map((answer) => [answer.itemId, answer]));
  // Teacher-paced: the sections the teacher has opened, whatever is answered; otherwise at the learner's own pace.
  const paced = !readOnly && assignment?.pacing === 'teacher';
  const revealed = revealedSectionCount(lesson, readOnly ? 'open' : paced ? 'teacher' : 'guided', {
    answeredItemIds: [...checked.keys()],
    openedSection: assignment?.openedSection,
  });
  const optionSeed =
    attempt?.optionSeed ??
    (learnerId ? derivedOptionSeed(learnerId, lesson.slug, CHECKPOINT_QUIZ_ID, 1) : randomInt(MAX_ORDER_SEED));
  const labels = await answerLabels(language);
  const checkpoints = guided.sections.slice(0, revealed).map((section) =>
    section.checkpoints.flatMap((itemId) => {
      const item = guided.checkpoints.items.find((candidate) => candidate.id === itemId);
      if (!item) return [];
      const answer = checked.get(itemId);
      const feedback = answer?.grade && toFeedback(lesson, item, answer.grade, language, labels, optionSeed);
      return [
        {
          item: toPublicItem(lesson, item, language, optionSeed),
          ...(answer && feedback ? { answer: answer.response, feedback } : {}),
        },
      ];
    }),
  );
  return { revealed, attemptId: attempt?.id ?? null, optionSeed, checkpoints, readOnly, paced };
}
