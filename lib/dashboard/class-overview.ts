import type { QuizId } from '@/content/quiz-schema';
import type { CountedAttempt } from '@/lib/counted-attempt';

// Where a class stands in a lesson, as server/teacher/dashboard.ts counts it and the teacher's pages show it.

/** Where a student is in the lesson: 'between-quizzes' has submitted some quizzes and has none open. */
export type StudentStatus = 'not-started' | 'reading' | 'quiz-in-progress' | 'between-quizzes' | 'submitted';

/** One quiz of one student: its counted attempt's state and how many of its items have an answer. */
export type QuizProgress = {
  status: 'not-started' | 'in-progress' | 'submitted';
  answered: number;
  /** Submitted after the due date of the class's assignment of the lesson (lib/assignments/window.ts isLate). */
  late?: true;
};

export type RosterRow = {
  id: string;
  displayName: string;
  status: StudentStatus;
  /** 0-100: the furthest paragraph reached, as a share of the article. */
  readingPercent: number;
  /** The counted attempt's score per quiz (the class's rule: latest, first or best), 0-100, or null. */
  scores: Partial<Record<QuizId, number | null>>;
  /** The counted attempt's state and answered items per quiz. */
  quizzes: Partial<Record<QuizId, QuizProgress>>;
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
