'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { PublicQuiz } from '@/lib/quiz/public-item';
import { MAX_EVIDENCE_PICKS, MAX_WRITTEN_CHARACTERS } from '@/content/written-limits';
import { refusalMessage } from '@/lib/quiz/refusal-messages';

/**
 * The one message the quiz announces (its alert), starting with the error a form post without JavaScript came back
 * with. `invalidMessage` is what a refused answer to an item says: a written answer is refused for its length, its
 * picks or hidden characters, and its message names those limits.
 */
export function useQuizMessage(quiz: PublicQuiz, errorCode: string | undefined, shownItemId: string | undefined) {
  const t = useTranslations('Quiz');
  const invalidMessage = (itemId: string | undefined) =>
    quiz.items.find((candidate) => candidate.id === itemId)?.type === 'written'
      ? t('errors.written', { max: MAX_WRITTEN_CHARACTERS, picks: MAX_EVIDENCE_PICKS })
      : t('errors.invalid');
  const [message, setMessage] = useState(() => {
    if (!errorCode) return '';
    const key = refusalMessage(errorCode);
    return key === 'invalid' ? invalidMessage(shownItemId) : t(`errors.${key}`);
  });
  return { message, setMessage, invalidMessage };
}
