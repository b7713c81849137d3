import type { CountedAttempt } from '@/lib/counted-attempt';

// A student's report on one lesson, as server/reports/student-report.ts builds it and components/reports/ print it:
// every text already in the report's language. Growth words only: no rank, no class figure.

export type ReportLanguage = 'en' | 'es';

/** A kind of question, for what the student did well. */
export type ReportSkill = 'understanding' | 'evidence' | 'voices' | 'kinds' | 'writing';

/** The student's counted attempt at one quiz (the class's rule), with its score once submitted. */
export type ReportQuiz = {
  id: string;
  title: string;
  status: 'not-started' | 'in-progress' | 'submitted';
  percent: number | null;
  late: boolean;
};

/** A written answer whose level the teacher has returned, with their comment. */
export type ReportWritten = {
  quizTitle: string;
  position: number;
  prompt: string;
  level: number;
  of: number;
  label: string;
  comment: string | null;
};

/** A kind of question the student answered mostly right: `right` of `answered` graded answers. */
export type ReportStrength = { skill: ReportSkill; right: number; answered: number };

/** A mix-up their wrong choices suggest (misconceptions.json), and how many choices suggest it. */
export type ReportMixUp = { id: string; label: string; times: number };

export type StudentReport = {
  learnerId: string;
  displayName: string;
  language: ReportLanguage;
  lessonTitle: string;
  countedAttempt: CountedAttempt;
  quizzes: ReportQuiz[];
  written: ReportWritten[];
  strengths: ReportStrength[];
  mixUps: ReportMixUp[];
  /** Plain words for what to do next, one per mix-up (the most frequent first); empty when there is none. */
  nextSteps: string[];
};
