import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { studentDueSql } from './student-dates';

/**
 * isLate (lib/assignments/window.ts) as SQL, for the roster and the CSV files: the attempt (by its alias in the query)
 * was submitted after its student's own due date of the assignment the query joins as `asg`; false without either.
 */
export const lateSql = (attempt: 't' | 'q') =>
  Prisma.sql`COALESCE(${Prisma.raw(attempt)}."submittedAt" > ${studentDueSql(`${attempt}."learnerId"`)}, false)`;
