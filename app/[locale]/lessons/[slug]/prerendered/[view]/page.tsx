import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonReader } from '@/components/lesson/LessonReader';
import { lessonStatePath, visitorLessonState } from '@/lib/lesson-learner-state';
import { READING_VIEWS, type ReadingView } from '@/lib/reading-view';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { lessonActions, lessonMetadata } from '../../lesson-page';

type Props = { params: Promise<{ locale: Locale; slug: string; view: ReadingView }> };

// The reading page prerendered at build time, one per language, lesson and view: the same HTML for every learner,
// served without rendering (its scripts allowed by hash, lib/page-policy.ts). proxy.ts sends a browser here when it
// has run the app's JavaScript before (the fuente_js cookie); the learner's own state then loads from the API.
// Visiting this URL directly shows the same page.
export const dynamicParams = false;

// A page's generateStaticParams does not reach the routes below it, so the lesson slugs are listed here too.
export function generateStaticParams() {
  return lessonSlugs().flatMap((slug) => READING_VIEWS.map((view) => ({ slug, view })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return lessonMetadata(locale, slug);
}

export default async function PrerenderedLessonPage({ params }: Props) {
  const { locale, slug, view } = await params;
  setRequestLocale(locale);
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  return (
    <LessonReader
      lesson={lesson}
      locale={locale}
      view={view}
      learner={visitorLessonState(lesson.quizzes)}
      loadLearnerFrom={lessonStatePath(locale, slug)}
      actions={lessonActions}
    />
  );
}
