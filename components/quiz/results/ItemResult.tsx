import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatPoints } from '@/lib/points';
import type { ResultItem } from '@/lib/quiz/result-items';
import { QuizListen } from '../supports/QuizListen';
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
      <QuizListen
        text={spokenResult(item, { yourAnswer: t('yourAnswer'), rightAnswer: t('rightAnswer') })}
        label={t('listenToItem', { number: item.number })}
        language={contentLang ?? locale}
      />
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

/**
 * What an item's listen button says: the question, the answer given and, once scored, the right answer and why. A
 * written answer is the student's own, in their own words; it is on the page, and left out.
 */
function spokenResult(item: ResultItem, words: { yourAnswer: string; rightAnswer: string }): string {
  const parts = [item.prompt];
  if (!item.written && item.yourAnswer.length) parts.push(`${words.yourAnswer}: ${item.yourAnswer.join('; ')}`);
  if (!item.pending && !item.written)
    parts.push(`${words.rightAnswer}: ${item.rightAnswer.join('; ')}`, item.explanation);
  return parts.join('\n');
}
