import 'server-only';
import { toCountedAttempt } from '@/lib/counted-attempt';
import { workingLanguage } from '@/lib/dashboard/working-language';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { percent } from '@/lib/percent';
import type { ReportLanguage, ReportWritten, StudentReport } from '@/lib/reports/report-shapes';
import { getLesson } from '../lessons';
import { openFamilyLink } from './family-links';
import { findMixUps, findStrengths } from './report-sections';
import { readReportRows, type ReportRows } from './report-rows';

/** Next steps a report gives at most: a few things to do, not a list of faults. */
const MAX_NEXT_STEPS = 3;

/**
 * A student's report on a lesson for their teacher, in the student's working language (their newest counted attempt's,
 * else the one they read in, else their class's); null when the student is not in a class of this teacher.
 */
export function teacherStudentReport(teacherId: string, classId: string, learnerId: string, lesson: LoadedLesson) {
  return isUuid(teacherId) ? buildStudentReport(teacherId, classId, learnerId, lesson) : Promise.resolve(null);
}

/** The report a family link opens, in the page's language; null for a link that does not work (whatever the reason). */
export async function familyStudentReport(token: string, language: ReportLanguage): Promise<StudentReport | null> {
  const link = await openFamilyLink(token);
  const lesson = link && getLesson(link.lessonSlug);
  return link && lesson ? buildStudentReport(null, link.classId, link.learnerId, lesson, language) : null;
}

async function buildStudentReport(
  teacherId: string | null,
  classId: string,
  learnerId: string,
  lesson: LoadedLesson,
  language?: ReportLanguage,
): Promise<StudentReport | null> {
  if (!isUuid(classId) || !isUuid(learnerId)) return null;
  const rows = await readReportRows(teacherId, classId, learnerId, lesson.slug);
  if (!rows) return null;
  const chosen =
    language ?? workingLanguage(rows.counted, rows.readingLocale) ?? (rows.defaultLocale === 'es' ? 'es' : 'en');
  const mixUps = findMixUps(rows, lesson, chosen);
  return {
    learnerId,
    displayName: rows.displayName,
    language: chosen,
    lessonTitle: lesson.meta.title[chosen],
    countedAttempt: toCountedAttempt(rows.countedAttempt),
    quizzes: lesson.quizzes.map((quiz) => {
      const attempt = rows.counted.find((counted) => counted.quizId === quiz.id);
      const submitted = attempt?.status === 'submitted';
      return {
        id: quiz.id,
        title: quiz.title[chosen],
        status: !attempt ? 'not-started' : submitted ? 'submitted' : 'in-progress',
        percent: submitted ? percent(attempt.earned ?? 0, attempt.possible ?? 0) : null,
        late: submitted && attempt.late,
      };
    }),
    written: returnedWritten(rows, lesson, chosen),
    strengths: findStrengths(rows, lesson),
    mixUps,
    nextSteps: mixUps
      .slice(0, MAX_NEXT_STEPS)
      .flatMap((mixUp) => lesson.misconceptions.find((entry) => entry.id === mixUp.id)?.nextStep[chosen] ?? []),
  };
}

/** Written answers whose level the teacher has returned (what the student was shown), in quiz order. */
function returnedWritten(rows: ReportRows, lesson: LoadedLesson, language: ReportLanguage): ReportWritten[] {
  return lesson.quizzes.flatMap((quiz) =>
    quiz.items.flatMap((item, index) => {
      const rubric = rows.graded.find((answer) => answer.itemId === item.id)?.rubric;
      const level = item.type === 'written' && rubric ? item.rubric[rubric.level - 1] : undefined;
      if (item.type !== 'written' || !rubric || !level) return [];
      return [
        {
          quizTitle: quiz.title[language],
          position: index + 1,
          prompt: item.prompt[language],
          level: rubric.level,
          of: item.rubric.length,
          label: level.label[language],
          comment: rubric.comment,
        },
      ];
    }),
  );
}
