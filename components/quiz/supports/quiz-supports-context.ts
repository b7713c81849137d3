'use client';

import { createContext, useContext } from 'react';
import { NO_QUIZ_SUPPORTS, type QuizSupports } from '@/lib/supports/quiz-view';

/** The supports of the student's profile on this quiz page (lib/supports/quiz-view.ts), for every item to read. */
export const QuizSupportsContext = createContext<QuizSupports>(NO_QUIZ_SUPPORTS);

export function useQuizSupports(): QuizSupports {
  return useContext(QuizSupportsContext);
}
