import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-result';
import {
  scoringAddress,
  type ItemForScoring,
  type ScoringPlace,
  type WrittenAnswerToScore,
  type WrittenTally,
} from '@/lib/dashboard/written-scoring';
import { ScoreForm } from './ScoreForm';
import styles from './WrittenScoring.module.css';

type Props = {
  place: ScoringPlace;
  items: { id: string; number: number }[];
  item: ItemForScoring;
  answers: WrittenAnswerToScore[];
  /** 0-based place of the answer the address names; -1 at the end of the question. */
  index: number;
  /** An article sentence's text in the teacher's language, for the sentences a student picked. */
  sentence: (id: string) => string;
  /** The quiz's written work, as the class page counts it. */
  work: WrittenTally & { items: Record<string, WrittenTally> };
  score: FormAction;
  returnScores: FormAction;
};

/** Scoring by question: one answer at a time with the rubric, progress, the return button. */
export async function WrittenScoringView(props: Props) {
  const { place, items, item, answers, index, sentence, work } = props;
  const t = await getTranslations('WrittenScoring');
  const answer = answers[index];
  const tally = work.items[item.id]!;
  const scored = tally.answers - tally.toScore;
  const progress = t('progress', { scored, total: tally.answers });
  const at = (target?: { answer: string } | 'done', changes: Partial<ScoringPlace> = {}) =>
    scoringAddress({ ...place, ...changes }, target);
  const who = (position: number, name: string) => (place.hideNames ? t('hiddenName', { number: position }) : name);
  const nextAnswer = answers[index + 1];

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
                  href={at(undefined, { itemId: entry.id })}
                  aria-current={entry.id === item.id ? 'page' : undefined}
                  className={styles.tab}
                >
                  {work.items[entry.id]?.answers
                    ? t('questionTab', { number: entry.number, count: work.items[entry.id]!.toScore })
                    : t('questionTabEmpty', { number: entry.number })}
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
        {item.calibration.length > 0 && <CalibrationSet item={item} />}
        <ProgressBar label={progress} value={scored} max={Math.max(1, tally.answers)} valueText={progress} />
        <p>{progress}</p>
        <p className={styles.meta}>{t('quizToScore', { count: work.toScore })}</p>
        <p>
          <Link href={at(answer ? { answer: answer.attemptId } : 'done', { hideNames: !place.hideNames })}>
            {place.hideNames ? t('showNames') : t('hideNames')}
          </Link>
        </p>
      </section>

      {answer ? (
        <section aria-labelledby="written-answer" className={styles.answerCard} data-status={answer.status}>
          <h2 id="written-answer">
            {t('answerHeading', { number: index + 1, total: answers.length })} ·{' '}
            <span dir="auto">{who(index + 1, answer.studentName)}</span>
            {answer.attemptNumber > 1 && ` (${t('attempt', { number: answer.attemptNumber })})`}
          </h2>
          <p className={styles.status}>{t(`status.${answer.status}`)}</p>
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
            classId={place.classId}
            quizId={place.quizId}
            attemptId={answer.attemptId}
            itemId={item.id}
            position={index + 1}
            hideNames={place.hideNames}
            rubric={item.rubric}
            level={answer.level}
            comment={answer.comment}
            nextPath={at(nextAnswer ? { answer: nextAnswer.attemptId } : 'done')}
            score={props.score}
            labels={{
              legend: t('rubricLegend', { name: who(index + 1, answer.studentName) }),
              levels: item.rubric.map((entry, level) => t('levelOption', { number: level + 1, label: entry.label })),
              comment: t('comment', { name: who(index + 1, answer.studentName) }),
              saveNext: nextAnswer ? t('saveNext') : t('saveFinish'),
            }}
          />
          <p className={styles.meta}>{t('shortcuts', { max: item.rubric.length })}</p>
          <nav aria-label={t('answerHeading', { number: index + 1, total: answers.length })} className={styles.pager}>
            {index > 0 && (
              <Link href={at({ answer: answers[index - 1]!.attemptId })} rel="prev" className="button button-secondary">
                {t('previous')}
              </Link>
            )}
            <Link
              href={at(nextAnswer ? { answer: nextAnswer.attemptId } : 'done')}
              rel="next"
              className="button button-secondary"
            >
              {nextAnswer ? t('next') : t('finish')}
            </Link>
          </nav>
        </section>
      ) : (
        <QuestionEnd answers={answers} tally={tally} at={at} />
      )}

      <section aria-labelledby="return-scores" className={styles.returnBox}>
        <h2 id="return-scores">{t('returnHeading')}</h2>
        <p>{t('returnHelp')}</p>
        <p>
          {work.toReturn
            ? t('toReturn', { count: work.toReturn })
            : work.returned
              ? t('allReturned')
              : t('nothingToReturn')}
        </p>
        <ActionForm action={props.returnScores} submitLabel={t('returnButton')}>
          <input type="hidden" name="classId" value={place.classId} />
          <input type="hidden" name="quizId" value={place.quizId} />
        </ActionForm>
      </section>
    </div>
  );
}

/** Sample answers at each level with why they earn it, so that two teachers score the same answer alike. */
async function CalibrationSet({ item }: { item: ItemForScoring }) {
  const t = await getTranslations('WrittenScoring');
  return (
    <details className={styles.calibration}>
      <summary>{t('calibration', { count: item.calibration.length })}</summary>
      <p>{t('calibrationHelp')}</p>
      <ol>
        {item.calibration.map((sample, index) => (
          <li key={index}>
            <p className={styles.smallHeading}>
              {t('levelOption', { number: sample.level, label: item.rubric[sample.level - 1]?.label ?? '' })}
            </p>
            <blockquote className={styles.studentText}>{sample.answer || t('calibrationBlank')}</blockquote>
            <p className={styles.meta}>
              {sample.picks.length ? t('calibrationPicked', { sentences: sample.picks.join(' · ') }) : t('noEvidence')}
            </p>
            <p>{sample.why}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The end of a question: says how many answers are scored, and where the rest are. */
async function QuestionEnd(props: {
  answers: WrittenAnswerToScore[];
  tally: WrittenTally;
  at: (target?: { answer: string } | 'done') => string;
}) {
  const { answers, tally, at } = props;
  const t = await getTranslations('WrittenScoring');
  if (!answers.length) return <p>{t('empty')}</p>;
  const firstUnscored = answers.find((answer) => answer.status === 'notScored');
  return (
    <section aria-labelledby="question-end" className={styles.answerCard}>
      <h2 id="question-end">
        {firstUnscored ? t('endSomeLeft', { count: tally.toScore }) : t('endAllScored', { count: tally.answers })}
      </h2>
      <p className={styles.pager}>
        {firstUnscored && (
          <Link href={at({ answer: firstUnscored.attemptId })} className="button">
            {t('firstUnscored')}
          </Link>
        )}
        <Link
          href={at({ answer: answers[answers.length - 1]!.attemptId })}
          rel="prev"
          className="button button-secondary"
        >
          {t('previous')}
        </Link>
      </p>
    </section>
  );
}
