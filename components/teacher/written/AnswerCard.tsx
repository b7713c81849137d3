import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-result';
import type { ItemForScoring, ScoringPlace, WrittenAnswerToScore } from '@/lib/dashboard/written-scoring';
import { EarlierVersions } from './EarlierVersions';
import { ScoreForm } from './ScoreForm';
import styles from './WrittenScoring.module.css';

type Props = {
  place: ScoringPlace;
  item: ItemForScoring;
  answers: WrittenAnswerToScore[];
  /** 0-based place of the answer on screen. */
  index: number;
  sentence: (id: string) => string;
  at: (target?: { answer: string } | 'done') => string;
  score: FormAction;
};

/** One student's answer: their words and the sentences they picked, the score form, and the previous and next links. */
export async function AnswerCard({ place, item, answers, index, sentence, at, score }: Props) {
  const t = await getTranslations('WrittenScoring');
  const answer = answers[index]!;
  const nextAnswer = answers[index + 1];
  const who = (position: number, name: string) => (place.hideNames ? t('hiddenName', { number: position }) : name);
  return (
    <section aria-labelledby="written-answer" className={styles.answerCard} data-status={answer.status}>
      <h2 id="written-answer">
        {t('answerHeading', { number: index + 1, total: answers.length })} ·{' '}
        <span dir="auto">{who(index + 1, answer.studentName)}</span>
        {answer.attemptNumber > 1 && ` (${t('attempt', { number: answer.attemptNumber })})`}
      </h2>
      <p className={styles.status}>{t(`status.${answer.status}`)}</p>
      <EarlierVersions versions={answer.earlier} levels={item.rubric.map((entry) => entry.label)} sentence={sentence} />
      {answer.version > 1 && (
        <h3 className={styles.versionHeading}>{t('currentVersion', { number: answer.version })}</h3>
      )}
      {answer.lateRevision && <p>{t('lateRevision')}</p>}
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
      {answer.status === 'revisionRequested' ? (
        <p className={styles.status}>{t('waitingForRevision', { name: who(index + 1, answer.studentName) })}</p>
      ) : (
        <ScoreForm
          key={`${answer.attemptId}-${item.id}-${answer.version}`}
          classId={place.classId}
          lessonSlug={place.lessonSlug}
          quizId={place.quizId}
          attemptId={answer.attemptId}
          itemId={item.id}
          position={index + 1}
          hideNames={place.hideNames}
          rubric={item.rubric}
          level={answer.level}
          comment={answer.comment}
          revisionAsked={answer.revisionAsked}
          nextPath={at(nextAnswer ? { answer: nextAnswer.attemptId } : 'done')}
          score={score}
          labels={{
            legend: t('rubricLegend', { name: who(index + 1, answer.studentName) }),
            levels: item.rubric.map((entry, level) => t('levelOption', { number: level + 1, label: entry.label })),
            comment: t('comment', { name: who(index + 1, answer.studentName) }),
            revise: t('reviseBox', { name: who(index + 1, answer.studentName) }),
            saveNext: nextAnswer ? t('saveNext') : t('saveFinish'),
          }}
        />
      )}
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
  );
}
