import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ResultItem } from '@/lib/quiz/result-items';
import styles from '../Quiz.module.css';

type Props = { item: ResultItem; slug: string; contentLang: 'en' | 'es' | undefined };

/** An item's answer, the teacher's level and comment (written items), and once scored the right answer and why. */
export async function ItemResultDetails({ item, slug, contentLang }: Props) {
  const t = await getTranslations('QuizResults');
  const tQuiz = await getTranslations('Quiz');
  const revision = item.written?.revision;
  return (
    <dl className={styles.resultDetails}>
      {item.written?.earlier.map((version) => (
        <Fragment key={version.version}>
          <dt>{t('earlierVersion', { number: version.version })}</dt>
          <dd>
            <p className={styles.writtenAnswer} lang={version.language}>
              {version.text}
            </p>
            <p lang={contentLang}>{version.level}</p>
            {version.comment && (
              <>
                <p className={styles.feedbackLabel}>{t('teacherComment')}</p>
                <p className={styles.writtenAnswer}>{version.comment}</p>
              </>
            )}
          </dd>
        </Fragment>
      ))}
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
      {revision && (
        <dd className={styles.reviseCall}>
          {revision.state === 'requested' ? (
            <>
              <p>{t('reviseHelp')}</p>
              <Link href={revision.href} prefetch={false} className="button">
                {t('reviseLink')}
              </Link>
            </>
          ) : (
            <p>{t('resubmitted')}</p>
          )}
        </dd>
      )}
      {!item.pending && !revision && (
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
