import 'server-only';
import type { QuizItem } from '@/content/quiz-schema';
import { toCountedAttempt } from '@/lib/counted-attempt';
import { workingLanguage } from '@/lib/dashboard/working-language';
import { isUuid } from '@/lib/ids';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import { percent } from '@/lib/percent';
import type {
  ReportLanguage,
  ReportMixUp,
  ReportSkill,
  ReportStrength,
  ReportWritten,
  StudentReport,
} from '@/lib/reports/student-report';
import { choiceMisconception } from '../teacher/answer-choices';
import { getLesson } from '../lessons';
import { openFamilyLink } from './family-links';
import { readReportRows, type ReportRows } from './report-rows';

/** Share of right answers from which a kind of question counts as a strength. */
const STRENGTH_SHARE = 0.75;
/** Next steps a report gives at most: a few things to do, not a list of faults. */
const MAX_NEXT_STEPS = 3;

const SKILL_OF: Record<QuizItem['type'], ReportSkill> = {
  single: 'understanding',
  multiple: 'understanding',
  truefalse: 'understanding',
  evidence: 'evidence',
  matching: 'voices',
  classification: 'kinds',
  written: 'writing',
};
const SKILLS: ReportSkill[] = ['understanding', 'evidence', 'voices', 'kinds', 'writing'];

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

function itemOf(lesson: LoadedLesson, itemId: string) {
  for (const quiz of lesson.quizzes) {
    const position = quiz.items.findIndex((item) => item.id === itemId);
    if (position >= 0) return { quiz, item: quiz.items[position]!, position: position + 1 };
  }
  return null;
}

/** Kinds of question with enough right answers, in a fixed order. */
function findStrengths(rows: ReportRows, lesson: LoadedLesson): ReportStrength[] {
  const tally = new Map<ReportSkill, ReportStrength>();
  for (const answer of rows.graded) {
    const found = itemOf(lesson, answer.itemId);
    if (!found) continue;
    const skill = SKILL_OF[found.item.type];
    const entry = tally.get(skill) ?? { skill, right: 0, answered: 0 };
    entry.answered += 1;
    if (answer.correct) entry.right += 1;
    tally.set(skill, entry);
  }
  return SKILLS.flatMap((skill) => {
    const entry = tally.get(skill);
    return entry && entry.right > 0 && entry.right >= STRENGTH_SHARE * entry.answered ? [entry] : [];
  });
}

/** The misconceptions the student's wrong choices suggest (the item analysis's rule), the most frequent first. */
function findMixUps(rows: ReportRows, lesson: LoadedLesson, language: ReportLanguage): ReportMixUp[] {
  const times = new Map<string, number>();
  for (const choice of rows.choices) {
    const found = itemOf(lesson, choice.itemId);
    const id = found && choiceMisconception(lesson, found.item, choice);
    if (id) times.set(id, (times.get(id) ?? 0) + 1);
  }
  return lesson.misconceptions
    .flatMap((entry) => {
      const count = times.get(entry.id);
      return count ? [{ id: entry.id, label: entry.label[language], times: count }] : [];
    })
    .sort((a, b) => b.times - a.times);
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
