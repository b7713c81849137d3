import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { PrerenderedQuiz } from '@/components/quiz/PrerenderedQuiz';
import { quizStatePath } from '@/lib/quiz/quiz-learner-state';
import { quizRouteParams } from '@/server/quiz/quiz-page';
import { QuizHeading, quizActions, quizContent, quizMetadata } from '../quiz-page';

type Props = { params: Promise<{ locale: Locale; slug: string; quizId: string }> };

// The quiz page prerendered at build time, one per language, lesson and quiz: the same HTML for everyone (no
// question, no option order, no key), served without rendering (its scripts allowed by hash, lib/page-policy.ts).
// proxy.ts sends a browser here when it has run the app's JavaScript before; the learner's attempt then loads from
// the API. Without JavaScript the page renders per request (../page.tsx).
export const dynamicParams = false;

export const generateStaticParams = quizRouteParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, quizId } = await params;
  return quizMetadata(locale, slug, quizId);
}

export default async function PrerenderedQuizPage({ params }: Props) {
  const { locale, slug, quizId } = await params;
  setRequestLocale(locale);
  const quiz = quizContent(slug, quizId);
  if (!quiz) notFound();
  const t = await getTranslations('Quiz');
  return (
    <>
      <PrerenderedQuiz
        heading={<QuizHeading slug={slug} title={quiz.title[locale]} intro={quiz.intro[locale]} />}
        loadFrom={quizStatePath(locale, slug, quizId)}
        lessonHref={`/${locale}/lessons/${slug}`}
        actions={quizActions}
      />
      {/* A browser that ran the app's JavaScript before and no longer does still gets this copy: any query renders
          the page per request, its questions as forms. */}
      <noscript>
        <p>
          <a href={`/${locale}/lessons/${slug}/quiz/${quizId}?forms=1`}>{t('withoutJavaScript')}</a>
        </p>
      </noscript>
    </>
  );
}
