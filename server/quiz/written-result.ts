import 'server-only';
import type { WrittenItem } from '@/content/quiz-schema';
import type { ItemGrade } from '@/lib/grading/grade-item';
import type { ItemResponse } from '@/lib/grading/responses';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { ResultItem } from '@/lib/quiz/result-items';
import { sentenceQuote } from './lesson-text';
import type { OwnWrittenAnswer } from './revisions';

type Place = { slug: string; quizId: string; attemptId: string };

/**
 * A written item's part of the results: the evidence, and what the teacher returned; with a revision asked or
 * resubmitted, the earlier versions with their levels and comments (the last one's comment says what to revise), the
 * way to revise, and the model answer held back (`hideKey`) until the revision's own level is returned.
 */
export function writtenResult(
  lesson: LoadedLesson,
  item: WrittenItem,
  response: ItemResponse | null,
  grade: ItemGrade | null | undefined,
  own: OwnWrittenAnswer | undefined,
  language: 'en' | 'es',
  rubricText: (text: string) => string,
  place: Place,
): { written?: ResultItem['written']; hideKey: boolean } {
  if (!response || !('text' in response)) return { hideKey: false };
  const state =
    own?.status === 'revisionRequested'
      ? ('requested' as const)
      : own && own.version > 1 && own.status !== 'returned'
        ? ('resubmitted' as const)
        : null;
  // While a revision is under way, the level the student sees is the earlier version's, listed with it.
  const returned = state ? undefined : grade?.rubric;
  const level = returned ? item.rubric[returned.level - 1] : undefined;
  const earlier = (own?.earlier ?? []).map((version) => ({
    version: version.version,
    text: version.response.text,
    language: version.response.language,
    level: `${version.level}/${item.rubric.length} · ${item.rubric[version.level - 1]?.label[language] ?? ''}`,
    comment: version.comment,
  }));
  const href = `/lessons/${place.slug}/quiz/${place.quizId}/revise/${item.id}?attempt=${place.attemptId}`;
  return {
    hideKey: state !== null,
    written: {
      evidence: response.evidence.map((id) => sentenceQuote(lesson, id, language).text),
      language: response.language,
      ...(returned && level
        ? {
            level: {
              number: returned.level,
              of: item.rubric.length,
              label: level.label[language],
              descriptor: rubricText(level.descriptor[language]),
            },
          }
        : {}),
      ...(returned?.comment ? { comment: returned.comment } : {}),
      ...(state ? { revision: { state, href } } : {}),
      earlier,
    },
  };
}
