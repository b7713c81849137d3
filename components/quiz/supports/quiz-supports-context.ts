'use client';

import { createContext, useContext } from 'react';
import { NO_QUIZ_SUPPORTS, type QuizSupports } from '@/lib/supports/quiz-language';

/** The supports of the student's profile on this quiz page (lib/supports/quiz-language.ts), for every item to read. */
export const QuizSupportsContext = createContext<QuizSupports>(NO_QUIZ_SUPPORTS);

export function useQuizSupports(): QuizSupports {
  return useContext(QuizSupportsContext);
}
