import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { ReviseAnswerView } from '@/components/quiz/revise/ReviseAnswerView';
import { loadRevisionPage } from '@/server/quiz/revision-page';
import { currentStudentTools } from '@/server/supports/quiz-supports';
import { reviseAnswerFormAction } from '../../actions';

type Props = {
  params: Promise<{ locale: Locale; slug: string; quizId: string; itemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Revise' });
  return { title: t('pageTitle') };
}

/**
 * Revising one written answer its teacher asked to revise. The address names the answer: the item, and `?attempt=`
 * the attempt. Someone else's answer does not exist here; an answer no longer open for revision sends to its results.
 */
export default async function ReviseAnswerPage({ params, searchParams }: Props) {
  const { locale, slug, quizId, itemId } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const attemptId = typeof query.attempt === 'string' ? query.attempt : '';
  const [page, supports] = await Promise.all([
    loadRevisionPage(slug, quizId, itemId, attemptId, locale),
    currentStudentTools(),
  ]);
  if (!page) notFound();
  const results = { pathname: `/lessons/${slug}/quiz/${quizId}/results`, query: { attempt: attemptId } };
  if (page === 'not-open') redirect({ href: results, locale });
  return (
    <ReviseAnswerView
      page={page as Exclude<typeof page, 'not-open'>}
      place={{ slug, quizId, itemId, attemptId }}
      results={results}
      error={typeof query.error === 'string' ? query.error : undefined}
      saved={query.saved === '1'}
      revise={reviseAnswerFormAction}
      supports={supports}
    />
  );
}
