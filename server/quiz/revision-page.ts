import 'server-only';
import { randomUUID } from 'node:crypto';
import type { WrittenItem } from '@/content/quiz-schema';
import type { RevisionShown } from '@/lib/quiz/revision-shown';
import { currentLearnerId } from '../auth/learner-session';
import { getLesson } from '../lessons';
import { toPublicItem } from './public-quiz';
import { answerToRevise, ownWrittenAnswers } from './revisions';

/**
 * The signed-in learner's written answer to revise, named by its attempt and item: 'not-open' when it is theirs but no
 * revision of it is asked (never, or already resubmitted), null when it is not theirs or does not exist.
 */
export async function loadRevisionPage(
  slug: string,
  quizId: string,
  itemId: string,
  attemptId: string,
  language: 'en' | 'es',
): Promise<RevisionShown | 'not-open' | null> {
  const lesson = getLesson(slug);
  const quiz = lesson?.quizzes.find((candidate) => candidate.id === quizId);
  const index = quiz?.items.findIndex((candidate) => candidate.id === itemId && candidate.type === 'written') ?? -1;
  const learnerId = await currentLearnerId();
  if (!lesson || !quiz || index < 0 || !learnerId) return null;
  const item = quiz.items[index] as WrittenItem;
  const answer = await answerToRevise(learnerId, lesson, quiz.id, attemptId, itemId);
  if (!answer) {
    const own = await ownWrittenAnswers(learnerId, attemptId);
    return own.some((entry) => entry.itemId === itemId) ? 'not-open' : null;
  }
  const last = answer.earlier.at(-1)!;
  return {
    quizTitle: quiz.title[language],
    number: index + 1,
    item: toPublicItem(lesson, item, language, 0) as RevisionShown['item'],
    saved: answer.response,
    asked: {
      version: last.version,
      level: last.level,
      of: item.rubric.length,
      label: item.rubric[last.level - 1]?.label[language] ?? '',
      comment: last.comment,
    },
    saveId: randomUUID(),
  };
}
