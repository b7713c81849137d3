'use server';

import { revalidatePath } from 'next/cache';
import {
  AssignmentFormSchema,
  ExtensionFormSchema,
  practiceQuizIds,
  QuizLockFormSchema,
  readAssignmentDates,
} from '@/lib/assignments/assignment-form';
import { fromLocalInput } from '@/lib/time-zone';
import { teacherAction, type MessageKey } from '@/server/action-kit';
import { extendAssignment, setAssignment, setQuizLocked } from '@/server/assignments/teacher-assignments';
import { KnownLessonSchema } from '@/server/lessons';
import { teacherTimeZone } from '@/server/teacher/teacher-time-zone';

// A lesson's assignment in a class, and one student's extension: scoped to the signed-in teacher's own class in the
// statements themselves (server/assignments/teacher-assignments.ts). Dates are typed in the teacher's time zone.

const CLASS_PAGE = '/[locale]/teacher/classes/[classId]/lessons/[slug]';
const STUDENT_PAGE = '/[locale]/teacher/classes/[classId]/lessons/[slug]/students/[learnerId]';

const PROBLEM_MESSAGES = {
  date: 'Assignment.errors.date',
  dueBeforeOpens: 'Assignment.errors.dueBeforeOpens',
  closeBeforeDue: 'Assignment.errors.closeBeforeDue',
} as const satisfies Record<string, MessageKey>;

/** Sets the lesson's opening, due and (optional) close dates for the class. */
export const setAssignmentAction = teacherAction(
  {
    schema: AssignmentFormSchema.extend({ lessonSlug: KnownLessonSchema }),
    fieldMessages: {
      opensAt: 'Assignment.errors.date',
      dueAt: 'Assignment.errors.date',
      counted: 'Assignment.errors.counted',
    },
    keep: ['opensAt', 'dueAt', 'closesAt', 'pacing'],
    lists: ['counted'],
  },
  async ({ classId, lessonSlug: lesson, pacing, counted, ...typed }, context) => {
    const read = readAssignmentDates(typed, await teacherTimeZone());
    if (!read.ok)
      return context.fail(
        'Assignment.errors.invalid',
        Object.fromEntries(Object.entries(read.problems).map(([field, problem]) => [field, PROBLEM_MESSAGES[problem]])),
      );
    // A lesson without sections (sections.json) has nothing to reveal step by step.
    if (pacing !== 'open' && !lesson.guided)
      return context.fail('Assignment.errors.invalid', { pacing: 'Assignment.errors.noSections' });
    const practice = practiceQuizIds(
      lesson.quizzes.map((quiz) => quiz.id),
      counted,
    );
    if (!(await setAssignment(context.teacherId, classId, lesson.slug, read.dates, pacing, practice)))
      return context.fail('Forms.server');
    revalidatePath(CLASS_PAGE, 'page');
    return { status: 'ok', message: context.t('Assignment.saved') };
  },
);

/** Lets one student work on the lesson's assignment until a later moment than its close. */
export const extendAssignmentAction = teacherAction(
  {
    schema: ExtensionFormSchema.extend({ lessonSlug: KnownLessonSchema }),
    fieldMessages: { closesAt: 'Assignment.errors.date' },
    keep: ['closesAt'],
  },
  async ({ classId, lessonSlug: lesson, learnerId, closesAt: typed }, context) => {
    const closesAt = fromLocalInput(typed, await teacherTimeZone());
    if (!closesAt) return context.fail('Assignment.errors.invalid', { closesAt: 'Assignment.errors.date' });
    if (!(await extendAssignment(context.teacherId, classId, lesson.slug, learnerId, closesAt)))
      return context.fail('Assignment.errors.noAssignment');
    revalidatePath(STUDENT_PAGE, 'page');
    return { status: 'ok', message: context.t('Assignment.extended') };
  },
);

/** Locks one quiz of the lesson's assignment for the whole class, or reopens it; a second click changes nothing. */
export const setQuizLockAction = teacherAction(
  { schema: QuizLockFormSchema.extend({ lessonSlug: KnownLessonSchema }) },
  async ({ classId, lessonSlug: lesson, quizId, locked }, context) => {
    if (!(await setQuizLocked(context.teacherId, classId, lesson.slug, quizId, locked === 'true')))
      return context.fail('Assignment.errors.noAssignment');
    revalidatePath(CLASS_PAGE, 'page');
    return { status: 'ok', message: context.t(locked === 'true' ? 'Assignment.locked' : 'Assignment.reopened') };
  },
);
