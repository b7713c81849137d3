import type { SupportId } from '../supports/profile';
import type { ShownOption } from '@/lib/quiz/public-item';

// One student's attempts and answers, as server/teacher/student-answers.ts reads them and the teacher's drill-down shows them.

/** One saved answer, as the teacher reads it. `correct` is null until the answer is graded. */
export type AnswerRecord = {
  position: number;
  itemId: string;
  prompt: string;
  answer: string[];
  /** For choice items: every option in the order this student saw it, the chosen ones marked. */
  options?: ShownOption[];
  /**
   * For a written answer: the language it was written in, the sentences picked, and the teacher's level (with its
   * name and the rubric's size) and comment as last saved, with whether the student has been given them.
   */
  written?: {
    language: 'en' | 'es';
    evidence: string[];
    level: { number: number; of: number; label: string } | null;
    comment: string | null;
    returned: boolean;
    /** Revise and resubmit: the current version's number, whether a revision is asked and not yet sent, whether the
     * revision was sent after the due date, and the versions before it, oldest first. */
    version: number;
    revisionRequested: boolean;
    lateRevision: boolean;
    earlier: {
      version: number;
      text: string;
      language: 'en' | 'es';
      evidence: string[];
      level: { number: number; of: number; label: string };
      comment: string;
      late: boolean;
    }[];
  };
  correct: boolean | null;
  /** 0-1; partial credit on matching, classification and multiple-select items. */
  score: number | null;
  answeredAt: Date;
  /** The supports on when it was saved, those every answer has left out (lib/supports/profile.ts `notableSupports`). */
  supports: SupportId[];
};

export type AttemptRecord = {
  id: string;
  quizId: string;
  quizTitle: string;
  number: number;
  status: 'in_progress' | 'submitted';
  /** Whether this is the attempt the class's rule counts. */
  counted: boolean;
  locale: 'en' | 'es' | null;
  startedAt: Date;
  submittedAt: Date | null;
  percent: number | null;
  answers: AnswerRecord[];
};

/** One quiz a student took more than once: each submitted attempt's percentage in order, and the change. */
export type RetakeSummary = { quizId: string; quizTitle: string; attempts: number; percents: number[]; change: number };

/** The quizzes with more than one attempt, for the drill-down's summary (attempts come newest first). */
export function retakeSummaries(attempts: AttemptRecord[]): RetakeSummary[] {
  const byQuiz = new Map<string, AttemptRecord[]>();
  for (const attempt of attempts) byQuiz.set(attempt.quizId, [...(byQuiz.get(attempt.quizId) ?? []), attempt]);
  return [...byQuiz.values()]
    .filter((quizAttempts) => quizAttempts.length > 1)
    .map((quizAttempts) => {
      const ordered = [...quizAttempts].sort((a, b) => a.number - b.number);
      const percents = ordered.flatMap((attempt) => (attempt.percent === null ? [] : [attempt.percent]));
      return {
        quizId: ordered[0]!.quizId,
        quizTitle: ordered[0]!.quizTitle,
        attempts: ordered.length,
        percents,
        change: percents.length > 1 ? percents.at(-1)! - percents[0]! : 0,
      };
    });
}
