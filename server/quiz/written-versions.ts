import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { EarlierVersion } from '@/lib/dashboard/written-scoring';
import type { WrittenResponse } from '@/lib/grading/responses';
import { answerLearnerSql, studentDueSql } from '../assignments/student-dates';

// The due date of `asg` for the answer's student (their extended dates included).
const STUDENT_DUE = studentDueSql(answerLearnerSql);

/**
 * SQL: the earlier versions of the written answer joined as `a` (kept when its teacher asked for a revision), as a JSON
 * array, oldest first, each flagged late when it was handed in after its student's due date of the assignment joined
 * as `asg` (false without one). Read by the teacher's pages, the CSV file and the student's own results.
 */
export const EARLIER_VERSIONS_SQL = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object(
           'version', v."version", 'response', v."response", 'level', v."rubricLevel", 'comment', v."teacherComment",
           'submittedAt', v."submittedAt", 'late', COALESCE(v."submittedAt" > ${STUDENT_DUE}, false)
         ) ORDER BY v."version")
  FROM "WrittenRevision" v WHERE v."attemptId" = a."attemptId" AND v."itemId" = a."itemId"), '[]'::json)`;

/** SQL: the current version of the answer `a` was resubmitted after its student's due date of `asg`. */
export const LATE_REVISION_SQL = Prisma.sql`COALESCE(a."revisedAt" > ${STUDENT_DUE}, false)`;

type RawVersion = { version: number; response: WrittenResponse; level: number; comment: string | null; late: boolean };

/** The JSON array of EARLIER_VERSIONS_SQL as EarlierVersion values (its times are UTC without a zone, as stored). */
export function earlierVersions(raw: unknown): EarlierVersion[] {
  return ((raw ?? []) as (RawVersion & { submittedAt: string })[]).map((version) => ({
    version: version.version,
    response: version.response,
    level: version.level,
    comment: version.comment ?? '',
    submittedAt: new Date(
      /[zZ]|[+-]\d\d:?\d\d$/.test(version.submittedAt) ? version.submittedAt : `${version.submittedAt}Z`,
    ),
    late: version.late,
  }));
}
