import { getFormatter, getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { QUIZ_IDS } from '@/content/lesson-files';
import { percent } from '@/lib/percent';
import { formatPoints } from '@/lib/points';
import type { QuizResults } from '@/lib/quiz/quiz-results';
import styles from './Quiz.module.css';

type Props = { results: QuizResults; slug: string; locale: Locale; retake: PostAction };

/** Score, every item with the student's answer, the right answer and why, and (attribution) who said what. */
export async function QuizResultsView({ results, slug, locale, retake }: Props) {
  const t = await getTranslations('QuizResults');
  const tQuiz = await getTranslations('Quiz');
  const format = await getFormatter();
  const { attempt } = results;
  const earned = attempt.pointsEarned ?? 0;
  const possible = attempt.pointsPossible ?? results.items.length;
  const otherQuiz = QUIZ_IDS.find((id) => id !== results.quizId)!;
  // The attempt's own language when the page is in the other one: marked, so it is read (and printed) as written.
  const contentLang = results.language === locale ? undefined : results.language;

  return (
    <div className={styles.report}>
      <p className="no-print">
        <Link href={`/lessons/${slug}`}>← {t('backToLesson')}</Link>
      </p>
      <h1>{t('title', { quiz: results.title })}</h1>
      <div className={styles.scoreCard}>
        <p className={styles.score}>
          {t('score', {
            earned: formatPoints(earned, locale),
            possible,
            percent: percent(earned, possible) ?? 0,
          })}
        </p>
        {results.pendingCount > 0 && (
          <p>
            {t('pending', { count: results.pendingCount })}{' '}
            {t('totalWillChange', { possible, all: results.items.length })}
          </p>
        )}
        <p>
          {t('attempt', {
            number: attempt.number,
            date: attempt.submittedAt
              ? format.dateTime(attempt.submittedAt, { dateStyle: 'long', timeStyle: 'short' })
              : '',
          })}
        </p>
        {attempt.practice && <p className={styles.hint}>{t('practice')}</p>}
        <div className={styles.actions}>
          {attempt.practice && (
            <Link href={`/lessons/${slug}/quiz/${results.quizId}`} className="button">
              {t('takeForClass')}
            </Link>
          )}
          {results.canRetake && !attempt.practice && (
            <form action={retake}>
              <input type="hidden" name="lessonSlug" value={slug} />
              <input type="hidden" name="quizId" value={results.quizId} />
              <button type="submit" className="button">
                {t('retake')}
              </button>
            </form>
          )}
          <Link href={`/lessons/${slug}/quiz/${otherQuiz}`} className="button button-secondary">
            {t('otherQuiz')}
          </Link>
        </div>
      </div>

      <ol className={styles.resultList}>
        {results.items.map((item) => {
          const result = item.pending ? 'pending' : item.correct ? 'right' : item.score > 0 ? 'partial' : 'wrong';
          return (
            <li key={item.number} className={styles.resultItem} data-result={result}>
              <h2 className={styles.resultHeading}>
                {t('itemHeading', { number: item.number })}:{' '}
                <span className={styles.resultBadge}>
                  {result === 'pending'
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
                      <li
                        key={option.text}
                        data-chosen={option.chosen || undefined}
                        data-right={option.correct || undefined}
                      >
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
              <dl className={styles.resultDetails}>
                <dt>{t('yourAnswer')}</dt>
                <dd>
                  {item.written && item.yourAnswer.length ? (
                    // The student's own words: plain text in the language they wrote in, never markup.
                    <p className={styles.writtenAnswer} lang={item.written.language}>
                      {item.yourAnswer[0]}
                    </p>
                  ) : item.yourAnswer.length ? (
                    <span lang={contentLang}>
                      <AnswerList answers={item.yourAnswer} />
                    </span>
                  ) : (
                    t('noAnswer')
                  )}
                </dd>
                {item.written && item.written.evidence.length > 0 && (
                  <>
                    <dt>{t('evidencePicked')}</dt>
                    <dd lang={contentLang}>
                      <AnswerList answers={item.written.evidence} />
                    </dd>
                  </>
                )}
                {item.written?.level && (
                  <>
                    <dt>{t('levelMeans')}</dt>
                    <dd lang={contentLang}>{item.written.level.descriptor}</dd>
                  </>
                )}
                {item.written?.comment && (
                  <>
                    <dt>{t('teacherComment')}</dt>
                    <dd>
                      <p className={styles.writtenAnswer}>{item.written.comment}</p>
                    </dd>
                  </>
                )}
                {!item.pending && (
                  <>
                    <dt>{item.written ? t('modelAnswer') : t('rightAnswer')}</dt>
                    <dd lang={contentLang}>
                      <AnswerList answers={item.rightAnswer} />
                    </dd>
                    <dt>{t('explanation')}</dt>
                    <dd>
                      <span lang={contentLang}>{item.explanation}</span>{' '}
                      <Link href={`/lessons/${slug}#${item.paragraphId}`}>
                        {tQuiz('feedback.readParagraph', { number: item.paragraphNumber })}
                      </Link>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ol>

      {results.whoSaidWhat && (
        <section aria-labelledby="who-said-what" className={styles.whoSaidWhat}>
          <h2 id="who-said-what">{t('whoSaidWhat')}</h2>
          <p>{t('whoSaidWhatIntro')}</p>
          <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby="who-said-what">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('columns.paragraph')}</th>
                  <th scope="col">{t('columns.words')}</th>
                  <th scope="col">{t('columns.kind')}</th>
                  <th scope="col">{t('columns.speaker')}</th>
                  <th scope="col">{t('columns.organization')}</th>
                </tr>
              </thead>
              <tbody>
                {results.whoSaidWhat.map((row) => (
                  <tr key={`${row.paragraphNumber}-${row.words}`}>
                    <td>{row.paragraphNumber}</td>
                    <td lang={results.language}>“{row.words}”</td>
                    <td>{tQuiz(`kinds.${row.kind}`)}</td>
                    <td>{row.speaker ?? t('organizationOnly')}</td>
                    <td>{row.organization}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function AnswerList({ answers }: { answers: string[] }) {
  if (answers.length === 1) return <>{answers[0]}</>;
  return (
    <ul>
      {answers.map((answer) => (
        <li key={answer}>{answer}</li>
      ))}
    </ul>
  );
}
