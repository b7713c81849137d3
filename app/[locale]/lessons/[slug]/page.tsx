import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonReader } from '@/components/lesson/LessonReader';
import { parseReadingView } from '@/lib/reading-view';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { getCurrentLessonState } from '@/server/learner/lesson-state';
import { lessonActions, lessonMetadata } from './lesson-page';
import { WelcomeBack } from '@/components/join/WelcomeBack';
import { currentStudent } from '@/server/learner/current-student';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, slug } = await params;
  return lessonMetadata(locale, slug);
}

/**
 * The reading page rendered per request, with the learner's state in its HTML: what a browser without JavaScript
 * gets (resume position and settings work without it), and the first visit of any browser. A browser known to run
 * JavaScript gets the prerendered copy instead (prerendered/[view]/page.tsx, chosen by proxy.ts).
 */
export default async function LessonPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const query = await searchParams;
  const view = parseReadingView(query.view);
  // A student who just signed in on this device is greeted (lib/prerendered-page.ts renders this address per request).
  const student = query.welcome === 'back' ? await currentStudent() : null;
  const learner = await getCurrentLessonState(lesson);
  // A student whose assignment paces the reading reads it there (the prerendered copy sends them with GuidedRedirect).
  if (learner.pacing !== 'open' && lesson.guided) redirect({ href: `/lessons/${slug}/guided`, locale });
  return (
    <>
      {student && <WelcomeBack name={student.displayName} />}
      <LessonReader lesson={lesson} locale={locale} view={view} learner={learner} actions={lessonActions} />
    </>
  );
}
