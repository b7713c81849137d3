import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { GuidedReader } from '@/components/lesson/GuidedReader';
import { parseReadingView } from '@/lib/reading-view';
import { loadGuidedReading } from '@/server/assignments/guided-reading';
import { getLesson, lessonSlugs } from '@/server/lessons';
import { currentStudentTools } from '@/server/supports/quiz-supports';
import { answerCheckpointFormAction } from './actions';

type Props = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Rendered per request (it reads the learner's session): the article section by section, behind checkpoint questions.
export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSlugs()
    .filter((slug) => getLesson(slug)?.guided)
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: 'GuidedReading' });
  const lesson = getLesson(slug);
  return lesson ? { title: t('pageTitle', { title: lesson.meta.title[locale] }) } : {};
}

export default async function GuidedReadingPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const lesson = getLesson(slug);
  const [guided, supports] = await Promise.all([lesson && loadGuidedReading(lesson, locale), currentStudentTools()]);
  if (!lesson?.guided || !guided) notFound();
  const query = await searchParams;
  const refused =
    typeof query.error === 'string' && typeof query.item === 'string'
      ? { code: query.error, itemId: query.item }
      : null;
  return (
    <GuidedReader
      lesson={{ ...lesson, guided: lesson.guided }}
      locale={locale}
      view={parseReadingView(query.view)}
      guided={guided}
      answer={answerCheckpointFormAction}
      refused={refused}
      supports={supports}
    />
  );
}
