import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { signOutAction } from '@/app/[locale]/teacher/actions';
import { TeacherBar } from '@/components/teacher/TeacherBar';
import { TeacherNotesView } from '@/components/teacher/TeacherNotesView';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { requireTeacher } from '@/server/auth/teacher-session';
import { answerKey, misconceptionGuide } from '@/server/teacher/answer-key';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Only real lessons have notes (the same rule as the lesson page).
export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  const t = await getTranslations({ locale, namespace: 'TeacherNotes' });
  return { title: t('metaTitle', { lesson: lesson.meta.title[locale] }) };
}

export default async function TeacherNotesPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  // Pages render per request, where dynamicParams does not stop an unknown slug: look it up before asking anyone
  // to sign in, so that it is a 404 for everyone.
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const teacher = await requireTeacher(locale);
  const t = await getTranslations('ClassPage');
  return (
    <>
      <TeacherBar email={teacher.email} signOut={signOutAction} />
      <p className="no-print">
        <Link href="/teacher">← {t('back')}</Link>
      </p>
      <TeacherNotesView
        notes={lesson.teacherNotes}
        lesson={{ slug, title: lesson.meta.title[locale], readability: lesson.readability }}
        answers={{ quizzes: await answerKey(lesson, locale), misconceptions: misconceptionGuide(lesson, locale) }}
        locale={locale}
      />
    </>
  );
}
