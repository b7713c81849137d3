import { getTranslations } from 'next-intl/server';
import type { AnswerRecord } from '@/lib/dashboard/attempt-records';
import styles from '../Teacher.module.css';

type Props = { answer: string; written: NonNullable<AnswerRecord['written']> };

/** A written answer as plain text in its language, the sentences picked, the teacher's level and comment. */
export async function WrittenAnswer({ answer, written }: Props) {
  const t = await getTranslations('StudentAnswers');
  const notReturned = written.returned ? '' : ` ${t('notReturned')}`;
  return (
    <div className={styles.writtenAnswer}>
      <p lang={written.language} className={styles.studentText}>
        {answer || t('noAnswer')}
      </p>
      {written.evidence.length > 0 && <p>{t('evidencePicked', { sentences: written.evidence.join(' | ') })}</p>}
      {written.level && <p>{t('level', written.level) + notReturned}</p>}
      {written.comment && <p className={styles.studentText}>{t('teacherComment', { comment: written.comment })}</p>}
    </div>
  );
}
