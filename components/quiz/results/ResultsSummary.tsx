import { getFormatter, getTranslations } from 'next-intl/server';
import type { PostAction } from '@/lib/action-result';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { QUIZ_IDS } from '@/content/lesson-files';
import { percent } from '@/lib/percent';
import { formatPoints } from '@/lib/points';
import type { QuizResults } from '@/lib/quiz/result-items';
import styles from '../Quiz.module.css';

type Props = { results: QuizResults; slug: string; locale: Locale; retake: PostAction };

/** The score card: points, answers still waiting for the teacher, when, and where to go next (retake, other quiz). */
export async function ResultsSummary({ results, slug, locale, retake }: Props) {
  const t = await getTranslations('QuizResults');
  const format = await getFormatter();
  const { attempt } = results;
  const earned = attempt.pointsEarned ?? 0;
  const possible = attempt.pointsPossible ?? results.items.length;
  const otherQuiz = QUIZ_IDS.find((id) => id !== results.quizId)!;

  return (
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
  );
}
