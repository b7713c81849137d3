import { getTranslations } from 'next-intl/server';
import type { AnswerRecord } from '@/lib/dashboard/attempt-records';
import styles from '../Teacher.module.css';

type Props = { answer: string; written: NonNullable<AnswerRecord['written']> };

/**
 * A written answer as plain text in its language, the sentences picked, the teacher's level and comment; after a
 * revision, each earlier version first (its text, level and comment), then the revision.
 */
export async function WrittenAnswer({ answer, written }: Props) {
  const t = await getTranslations('StudentAnswers');
  const notReturned = written.returned ? '' : ` ${t('notReturned')}`;
  return (
    <div className={styles.writtenAnswer}>
      {written.earlier.map((version) => (
        <div key={version.version}>
          <p>
            <strong>{t('versionHeading', { number: version.version })}</strong>
          </p>
          <p lang={version.language} className={styles.studentText}>
            {version.text}
          </p>
          {version.evidence.length > 0 && <p>{t('evidencePicked', { sentences: version.evidence.join(' | ') })}</p>}
          <p>{t('level', version.level)}</p>
          {version.comment && <p className={styles.studentText}>{t('teacherComment', { comment: version.comment })}</p>}
          {version.late && <p>{t('lateVersion')}</p>}
        </div>
      ))}
      {written.version > 1 && (
        <p>
          <strong>{t('currentVersion', { number: written.version })}</strong>
        </p>
      )}
      <p lang={written.language} className={styles.studentText}>
        {answer || t('noAnswer')}
      </p>
      {written.evidence.length > 0 && <p>{t('evidencePicked', { sentences: written.evidence.join(' | ') })}</p>}
      {written.revisionRequested && <p>{t('revisionRequested')}</p>}
      {written.lateRevision && <p>{t('lateVersion')}</p>}
      {written.level && <p>{t('level', written.level) + notReturned}</p>}
      {written.comment && <p className={styles.studentText}>{t('teacherComment', { comment: written.comment })}</p>}
    </div>
  );
}
