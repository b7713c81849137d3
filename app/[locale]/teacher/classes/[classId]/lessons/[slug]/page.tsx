import { requireClassLesson } from '@/server/teacher/class-lesson-page';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ClassManagement } from '@/components/teacher/ClassManagement';
import { ClassOverviewView } from '@/components/teacher/ClassOverviewView';
import { LessonLinks } from '@/components/teacher/class-overview/LessonLinks';
import { AssignmentForm } from '@/components/teacher/assignments/AssignmentForm';
import { QuizLocks } from '@/components/teacher/assignments/QuizLocks';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import type { ClassActions } from '@/components/teacher/class-actions';
import {
  archiveClassAction,
  deleteClassAction,
  mergeStudentsAction,
  newResumeCodeAction,
  pasteRosterAction,
  regenerateCodeAction,
  removeStudentAction,
  renameClassAction,
  renameStudentAction,
  resetAttemptsAction,
  signOutStudentAction,
  updateSettingsAction,
} from '../../actions';
import { setAssignmentAction, setQuizLockAction } from './actions';
import { classLessonPath } from '@/lib/dashboard/class-paths';
import { parseRosterSort } from '@/lib/roster-sort';
import { listStudents } from '@/server/teacher/classes';
import { getClassOverview } from '@/server/teacher/dashboard';
import { inviteAddresses } from '@/server/teacher/class-invite';
import { countWrittenWork } from '@/server/teacher/written-scores';
import { listMerges } from '@/server/teacher/roster-tools';
import { listLessons } from '@/server/lessons';
import { getAssignment } from '@/server/assignments/teacher-assignments';
import { teacherTimeZone } from '@/server/teacher/teacher-time-zone';

type Props = {
  params: Promise<{ locale: Locale; classId: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const classActions: ClassActions = {
  regenerateCode: regenerateCodeAction,
  updateSettings: updateSettingsAction,
  renameClass: renameClassAction,
  archiveClass: archiveClassAction,
  deleteClass: deleteClassAction,
  renameStudent: renameStudentAction,
  resetAttempts: resetAttemptsAction,
  signOutStudent: signOutStudentAction,
  newResumeCode: newResumeCodeAction,
  removeStudent: removeStudentAction,
  pasteRoster: pasteRosterAction,
  mergeStudents: mergeStudentsAction,
};

/** A class's page on one lesson: its progress in that lesson, then everything done with the class itself. */
export default async function ClassLessonPage({ params, searchParams }: Props) {
  const { locale, classId, slug } = await params;
  setRequestLocale(locale);
  const { teacher, klass, lesson } = await requireClassLesson(locale, classId, slug);
  const lessons = listLessons();
  const [students, merges, overview, written, invite, assignment, timeZone] = await Promise.all([
    listStudents(teacher.teacherId, classId),
    listMerges(teacher.teacherId, classId),
    getClassOverview(teacher.teacherId, classId, {
      slug: lesson.slug,
      paragraphCount: lesson.article.paragraphs.length,
      quizIds: lesson.quizzes.map((quiz) => quiz.id),
    }),
    countWrittenWork(teacher.teacherId, classId, lesson),
    inviteAddresses(klass.joinCode),
    getAssignment(teacher.teacherId, classId, lesson.slug),
    teacherTimeZone(),
  ]);
  const quizzes = lesson.quizzes.map((quiz) => ({ id: quiz.id, title: quiz.title[locale] }));
  const query = await searchParams;
  const t = await getTranslations('ClassPage');
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p>
        <Link href="/teacher">← {t('back')}</Link>
      </p>
      <ClassManagement
        klass={klass}
        students={students}
        merges={merges}
        locale={locale}
        actions={classActions}
        inviteUrl={invite.inviteUrl}
      >
        {lessons.length > 1 && (
          <LessonLinks
            lessons={lessons.map((other) => ({
              title: other.title[locale],
              path: classLessonPath(klass.id, other.slug),
              current: other.slug === lesson.slug,
            }))}
          />
        )}
        <ClassOverviewView
          overview={overview!}
          lessonTitle={lesson.meta.title[locale]}
          notesPath={`/teacher/lessons/${lesson.slug}/notes`}
          quizzes={lesson.quizzes.map((quiz) => ({
            id: quiz.id,
            title: quiz.title[locale],
            toScore: written[quiz.id]?.toScore ?? 0,
            items: quiz.items.length,
          }))}
          classId={klass.id}
          classPath={classLessonPath(klass.id, lesson.slug)}
          sort={parseRosterSort(query.sort, query.dir)}
          locale={locale}
          now={new Date()}
        />
        {assignment?.pacing === 'teacher' && (
          <p>
            <Link href={`${classLessonPath(klass.id, lesson.slug)}/pace`}>{t('runFromFront')}</Link>
          </p>
        )}
        <AssignmentForm
          classId={klass.id}
          lessonSlug={lesson.slug}
          assignment={assignment}
          quizzes={quizzes}
          guidedAvailable={lesson.guided !== null}
          timeZone={timeZone}
          save={setAssignmentAction}
        >
          {assignment && (
            <QuizLocks
              classId={klass.id}
              lessonSlug={lesson.slug}
              quizzes={quizzes.map((quiz) => ({ ...quiz, locked: assignment.lockedQuizIds.includes(quiz.id) }))}
              setLock={setQuizLockAction}
            />
          )}
        </AssignmentForm>
      </ClassManagement>
    </>
  );
}
