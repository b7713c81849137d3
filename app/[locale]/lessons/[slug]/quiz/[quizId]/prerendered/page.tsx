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
// proxy.ts sends a visitor here, and a browser that has run the app's JavaScript before; the learner's attempt then
// loads from the API. Without JavaScript the questions render per request (../page.tsx), reached by the refresh below.
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
  const formsHref = `/${locale}/lessons/${slug}/quiz/${quizId}?forms=1`;
  return (
    <>
      <PrerenderedQuiz
        heading={<QuizHeading slug={slug} title={quiz.title[locale]} intro={quiz.intro[locale]} />}
        loadFrom={quizStatePath(locale, slug, quizId)}
        lessonHref={`/${locale}/lessons/${slug}`}
        actions={quizActions}
      />
      {/* Without JavaScript (a first visit, or a browser that ran the app's JavaScript before and no longer does) the
          questions come as forms: any query renders the page per request. The refresh sits in the HTML as written,
          as React would move a <meta> element out of the <noscript> into the head, where every browser obeys it. */}
      <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="0;url=${formsHref}">` }} />
      <noscript>
        <p>
          <a href={formsHref}>{t('withoutJavaScript')}</a>
        </p>
      </noscript>
    </>
  );
}
