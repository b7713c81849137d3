import { getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { QuizResults } from '@/lib/quiz/result-items';
import type { QuizSupports } from '@/lib/supports/quiz-view';
import { ItemResult } from './results/ItemResult';
import { SupportedArea } from './supports/SupportedArea';
import { ResultsSummary } from './results/ResultsSummary';
import { WhoSaidWhat } from './results/WhoSaidWhat';
import styles from './Quiz.module.css';

type Props = {
  results: QuizResults;
  slug: string;
  locale: Locale;
  retake: PostAction;
  /** The student's profile on the page: text settings, line focus, read-aloud of each item. */
  supports: QuizSupports;
};

/** Score, every item with the student's answer, the right answer and why, and (attribution) who said what. */
export async function QuizResultsView({ results, slug, locale, retake, supports }: Props) {
  const t = await getTranslations('QuizResults');
  // The attempt's own language when the page is in the other one: marked, so it is read (and printed) as written.
  const contentLang = results.language === locale ? undefined : results.language;

  return (
    <SupportedArea supports={supports} className={styles.report}>
      <p className="no-print">
        <Link href={`/lessons/${slug}`}>← {t('backToLesson')}</Link>
      </p>
      <h1>{t('title', { quiz: results.title })}</h1>
      <ResultsSummary results={results} slug={slug} locale={locale} retake={retake} />

      <ol className={styles.resultList}>
        {results.items.map((item) => (
          <ItemResult key={item.number} item={item} slug={slug} locale={locale} contentLang={contentLang} />
        ))}
      </ol>

      {results.whoSaidWhat && <WhoSaidWhat rows={results.whoSaidWhat} language={results.language} />}
    </SupportedArea>
  );
}
