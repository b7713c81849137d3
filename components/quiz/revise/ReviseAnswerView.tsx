import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { MAX_EVIDENCE_PICKS, MAX_WRITTEN_CHARACTERS } from '@/content/written-limits';
import type { PostAction } from '@/lib/action-result';
import type { RevisionShown } from '@/lib/quiz/revision-shown';
import type { QuizSupports } from '@/lib/supports/quiz-view';
import { WrittenItem } from '../items/WrittenItem';
import { SupportedArea } from '../supports/SupportedArea';
import styles from '../Quiz.module.css';

type Props = {
  page: RevisionShown;
  place: { slug: string; quizId: string; itemId: string; attemptId: string };
  results: { pathname: string; query: { attempt: string } };
  /** `?error=` after a refused post, `?saved=1` after "Save without sending". */
  error: string | undefined;
  saved: boolean;
  revise: PostAction;
  /** The student's profile on the page: text settings, line focus, read-aloud of the prompt. */
  supports: QuizSupports;
};

/**
 * The answer to revise: the teacher's comment on the version they returned, the draft in the written item's own
 * fields, and two buttons (save, send). A plain form: the same with JavaScript or without.
 */
export async function ReviseAnswerView({ page, place, results, error, saved, revise, supports }: Props) {
  const t = await getTranslations('Revise');
  const tQuiz = await getTranslations('Quiz');
  const problem =
    error === 'written'
      ? tQuiz('errors.written', { max: MAX_WRITTEN_CHARACTERS, picks: MAX_EVIDENCE_PICKS })
      : error === 'closed'
        ? tQuiz('errors.closed')
        : error === 'not-open'
          ? tQuiz('errors.notOpen')
          : error === 'empty'
            ? t('errors.empty')
            : undefined;
  const { asked } = page;
  return (
    <SupportedArea supports={supports} className={styles.report}>
      <p>
        <Link href={results}>← {t('back')}</Link>
      </p>
      <h1>{t('title', { quiz: page.quizTitle, number: page.number })}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="asked-version" className={styles.reviseCall}>
        <h2 id="asked-version">
          {t('earlier', { number: asked.version, level: asked.level, of: asked.of, label: asked.label })}
        </h2>
        {asked.comment && (
          <>
            <p className={styles.feedbackLabel}>{t('teacherComment')}</p>
            <p className={styles.writtenAnswer}>{asked.comment}</p>
          </>
        )}
      </section>
      {problem && (
        <p role="alert" className={styles.error}>
          {problem}
        </p>
      )}
      {saved && !problem && <p role="status">{t('saved')}</p>}
      <form action={revise} className={styles.reviseCall}>
        <input type="hidden" name="lessonSlug" value={place.slug} />
        <input type="hidden" name="quizId" value={place.quizId} />
        <input type="hidden" name="attemptId" value={place.attemptId} />
        <input type="hidden" name="itemId" value={place.itemId} />
        <input type="hidden" name="saveId" value={page.saveId} />
        <WrittenItem item={page.item} saved={page.saved} headingId="revise-item" />
        <p className={styles.reviseButtons}>
          <button type="submit" name="intent" value="resubmit" className="button">
            {t('resubmit')}
          </button>
          <button type="submit" name="intent" value="save" className="button button-secondary">
            {t('saveDraft')}
          </button>
        </p>
      </form>
    </SupportedArea>
  );
}
