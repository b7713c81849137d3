import type { QuizId } from '@/content/quiz-schema';
import type { CountedAttempt } from '@/lib/counted-attempt';

// Where a class stands in a lesson, as server/teacher/dashboard.ts counts it and the teacher's pages show it.

export type StudentStatus = 'not-started' | 'reading' | 'quiz-in-progress' | 'submitted';

export type RosterRow = {
  id: string;
  displayName: string;
  status: StudentStatus;
  /** 0-100: the furthest paragraph reached, as a share of the article. */
  readingPercent: number;
  /** The counted attempt's score per quiz (the class's rule: latest, first or best), 0-100, or null. */
  scores: Partial<Record<QuizId, number | null>>;
  language: 'en' | 'es' | null;
  joinedAt: Date;
  lastActivity: Date | null;
};

export type ClassOverview = {
  joined: number;
  finished: number;
  averagePercent: number | null;
  /** The class's rule for which attempt counts. */
  countedAttempt: CountedAttempt;
  students: RosterRow[];
};

/** One line per class on the teacher's home page. */
export type ClassProgress = { classId: string; joined: number; finished: number; averagePercent: number | null };
