import type { SupportId } from '../supports/profile';
import type { ClassSettings } from '@/lib/account-rules';

// A teacher's classes and their students, as server/teacher/classes.ts reads them and the class pages show them.

export type ClassSummary = { id: string; name: string; joinCode: string; studentCount: number; archived: boolean };

export type ClassDetails = ClassSummary &
  ClassSettings & {
    createdAt: Date;
    /** The code before the last new one, while it still admits students. */
    previousCode: { code: string; validUntil: Date } | null;
  };

export type StudentRow = {
  id: string;
  displayName: string;
  joinedAt: Date;
  attempts: number;
  /** The supports their teacher set that differ from the defaults (lib/supports/profile.ts `changedSupports`). */
  supports: SupportId[];
};

/** A teacher's merge of two roster rows, as the class page lists it. */
export type MergeRecord = {
  keptName: string;
  mergedName: string;
  attemptsMoved: number;
  answersMoved: number;
  mergedAt: Date;
};

/** One student's code card: what a student needs to sign in on any device (null: no code kept for them). */
export type CodeCard = { id: string; displayName: string; resumeCode: string | null };
