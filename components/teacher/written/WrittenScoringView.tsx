import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-result';
import type { WrittenAnswerToScore } from '@/lib/dashboard/written-scoring';
import { ScoreForm } from './ScoreForm';
import styles from './WrittenScoring.module.css';

/** A written item as its teacher sees it, in the teacher's language. */
export type ItemForScoring = {
  id: string;
  number: number;
  prompt: string;
  rubric: { label: string; descriptor: string }[];
  evidence: string[];
  modelAnswer: string;
};

type Props = {
  classId: string;
  quizId: string;
  items: { id: string; number: number }[];
  item: ItemForScoring;
  answers: WrittenAnswerToScore[];
  /** 0-based place of the answer shown. */
  index: number;
  /** An article sentence's text in the teacher's language, for the sentences a student picked. */
  sentence: (id: string) => string;
  hideNames: boolean;
  toReturn: number;
  path: (query: { item?: string; n?: number; hideNames?: boolean }) => string;
  score: FormAction;
  returnScores: FormAction;
};

/** Scoring by question: one answer at a time with the rubric, progress, the return button. */
export async function WrittenScoringView(props: Props) {
  const { classId, quizId, items, item, answers, index, sentence, hideNames, toReturn, path } = props;
  const t = await getTranslations('WrittenScoring');
  const answer = answers[index];
  const scored = answers.filter((candidate) => candidate.level !== null).length;
  const status = (candidate: WrittenAnswerToScore) =>
    candidate.level === null ? 'notScored' : candidate.returned ? 'returned' : 'scored';

  return (
    <div className={styles.layout}>
      {items.length > 1 && (
        <nav aria-labelledby="written-questions">
          <h2 id="written-questions" className={styles.smallHeading}>
            {t('questionNav')}
          </h2>
          <ul className={styles.tabs}>
            {items.map((entry) => (
              <li key={entry.id}>
                <Link
                  href={path({ item: entry.id, n: 1 })}
                  aria-current={entry.id === item.id ? 'page' : undefined}
                  className={styles.tab}
                >
                  {t('questionLink', { number: entry.number })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <section aria-labelledby="written-prompt" className={styles.question}>
        <h2 id="written-prompt">
          {t('questionLink', { number: item.number })}: {item.prompt}
        </h2>
        <details>
          <summary>{t('modelAnswer')}</summary>
          <p>{item.modelAnswer}</p>
          <p className={styles.smallHeading}>{t('fullAnswerUses')}</p>
          <ul>
            {item.evidence.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </details>
        <ProgressBar
          label={t('progress', { scored, total: answers.length })}
          value={scored}
          max={Math.max(1, answers.length)}
          valueText={t('progress', { scored, total: answers.length })}
        />
        <p>{t('progress', { scored, total: answers.length })}</p>
        <p>
          <Link href={path({ n: index + 1, hideNames: !hideNames })}>
            {hideNames ? t('showNames') : t('hideNames')}
          </Link>
        </p>
      </section>

      {answer ? (
        <section aria-labelledby="written-answer" className={styles.answerCard} data-status={status(answer)}>
          <h2 id="written-answer">
            {t('answerHeading', { number: index + 1, total: answers.length })} ·{' '}
            <span dir="auto">{hideNames ? t('hiddenName', { number: index + 1 }) : answer.studentName}</span>
            {answer.attemptNumber > 1 && ` (${t('attempt', { number: answer.attemptNumber })})`}
          </h2>
          <p className={styles.status}>{t(`status.${status(answer)}`)}</p>
          <p className={styles.meta}>{t('writtenIn', { language: t(`languages.${answer.response.language}`) })}</p>
          {/* The student's own words: plain text, line breaks kept, in the language they wrote in. */}
          <p className={styles.studentText} lang={answer.response.language}>
            {answer.response.text}
          </p>
          <p className={styles.smallHeading}>{t('evidencePicked')}</p>
          {answer.response.evidence.length ? (
            <ul>
              {answer.response.evidence.map((id) => (
                <li key={id}>{sentence(id)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('noEvidence')}</p>
          )}
          <ScoreForm
            key={`${answer.attemptId}-${item.id}`}
            classId={classId}
            quizId={quizId}
            attemptId={answer.attemptId}
            itemId={item.id}
            rubric={item.rubric}
            level={answer.level}
            comment={answer.comment}
            nextPath={path({ n: Math.min(answers.length, index + 2) })}
            score={props.score}
            labels={{
              legend: t('rubricLegend'),
              levels: item.rubric.map((entry, level) => t('levelOption', { number: level + 1, label: entry.label })),
              comment: t('comment'),
              saveNext: t('saveNext'),
            }}
          />
          <p className={styles.meta}>{t('shortcuts', { max: item.rubric.length })}</p>
          <nav aria-label={t('answerHeading', { number: index + 1, total: answers.length })} className={styles.pager}>
            {index > 0 && (
              <Link href={path({ n: index })} rel="prev" className="button button-secondary">
                {t('previous')}
              </Link>
            )}
            {index + 1 < answers.length && (
              <Link href={path({ n: index + 2 })} rel="next" className="button button-secondary">
                {t('next')}
              </Link>
            )}
          </nav>
        </section>
      ) : (
        <p>{t('empty')}</p>
      )}

      <section aria-labelledby="return-scores" className={styles.returnBox}>
        <h2 id="return-scores">{t('returnHeading')}</h2>
        <p>{t('returnHelp')}</p>
        <p>{t('toReturn', { count: toReturn })}</p>
        <ActionForm action={props.returnScores} submitLabel={t('returnButton')}>
          <input type="hidden" name="classId" value={classId} />
          <input type="hidden" name="quizId" value={quizId} />
        </ActionForm>
      </section>
    </div>
  );
}
