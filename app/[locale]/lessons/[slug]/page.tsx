import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonHeader } from '@/components/lesson/LessonHeader';
import { FamiliarityForm } from '@/components/lesson/FamiliarityForm';
import { getCurrentFamiliarity } from '@/server/familiarity';
import { findLesson, listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const lesson = findLesson(slug);
  return lesson ? { title: lesson.title[locale], description: lesson.summary[locale] } : {};
}

export default async function LessonPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lesson = findLesson(slug);
  if (!lesson) notFound();

  return (
    <>
      <LessonHeader lesson={lesson} locale={locale} />
      <FamiliarityForm lessonSlug={lesson.slug} savedLevel={await getCurrentFamiliarity(lesson.slug)} />
    </>
  );
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}
