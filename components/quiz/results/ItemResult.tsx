import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatPoints } from '@/lib/points';
import type { ResultItem } from '@/lib/quiz/result-items';
import { ItemResultDetails } from './ItemResultDetails';
import styles from '../Quiz.module.css';

type Props = { item: ResultItem; slug: string; locale: Locale; contentLang: 'en' | 'es' | undefined };

/** One item of the results: its verdict (or level), the prompt, the options as shown, and the details below. */
export async function ItemResult({ item, slug, locale, contentLang }: Props) {
  const t = await getTranslations('QuizResults');
  const tQuiz = await getTranslations('Quiz');
  const revision = item.written?.revision?.state;
  const result = item.pending || revision ? 'pending' : item.correct ? 'right' : item.score > 0 ? 'partial' : 'wrong';
  return (
    <li className={styles.resultItem} data-result={result}>
      <h2 className={styles.resultHeading}>
        {t('itemHeading', { number: item.number })}:{' '}
        <span className={styles.resultBadge}>
          {revision === 'requested'
            ? t('reviseBadge')
            : result === 'pending'
              ? t('waiting')
              : item.written?.level
                ? t('level', item.written.level)
                : result === 'right'
                  ? tQuiz('feedback.correct')
                  : result === 'partial'
                    ? tQuiz('feedback.partial', {
                        score: formatPoints(item.score, locale),
                      })
                    : tQuiz('feedback.incorrect')}
        </span>
      </h2>
      <p className={styles.resultPrompt} lang={contentLang}>
        {item.prompt}
      </p>
      {item.options && (
        <div>
          <p className={styles.feedbackLabel}>{t('optionOrder')}</p>
          <ol className={styles.shownOptions} lang={contentLang}>
            {item.options.map((option) => (
              <li key={option.text} data-chosen={option.chosen || undefined} data-right={option.correct || undefined}>
                {option.text}
                {(option.chosen || option.correct) && (
                  <span className={styles.optionMarks}>
                    {' '}
                    ({[option.chosen && t('chosen'), option.correct && t('right')].filter(Boolean).join(', ')})
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      <ItemResultDetails item={item} slug={slug} contentLang={contentLang} />
    </li>
  );
}
