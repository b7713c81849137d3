import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { Link } from '@/i18n/navigation';
import type { FormAction } from '@/lib/action-result';
import type { MergeRecord, StudentRow } from '@/lib/dashboard/class-summaries';
import { RosterPasteForm } from './RosterPasteForm';
import forms from '@/components/forms/Forms.module.css';
import styles from './RosterTools.module.css';

type Props = {
  classId: string;
  students: StudentRow[];
  merges: MergeRecord[];
  actions: { pasteRoster: FormAction; mergeStudents: FormAction };
};

/** Beside the roster: add students from a pasted list (then print their code cards), and merge two rows of one student. */
export async function RosterTools({ classId, students, merges, actions }: Props) {
  const [t, format] = await Promise.all([getTranslations('RosterTools'), getFormatter()]);
  const options = students.map((student) => (
    <option key={student.id} value={student.id}>
      {student.displayName}
    </option>
  ));
  return (
    <>
      <section aria-labelledby="roster-paste" className={`${forms.panel} no-print`}>
        <h2 id="roster-paste">{t('pasteTitle')}</h2>
        <RosterPasteForm
          classId={classId}
          paste={actions.pasteRoster}
          labels={{ field: t('pasteLabel'), hint: t('pasteHint'), submit: t('pasteSubmit') }}
        />
        {students.length > 0 && (
          <p>
            <Link href={`/teacher/classes/${classId}/cards`}>{t('cardsLink')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="roster-merge" className={`${forms.panel} no-print`}>
        <h2 id="roster-merge">{t('mergeTitle')}</h2>
        <p>{t('mergeHint')}</p>
        {students.length < 2 ? (
          <p className={forms.hint}>{t('mergeNeedsTwo')}</p>
        ) : (
          <ActionForm action={actions.mergeStudents} submitLabel={t('mergeSubmit')}>
            <input type="hidden" name="classId" value={classId} />
            <div className={`${forms.field} ${styles.field}`}>
              <label htmlFor="merge-keep">{t('mergeKeep')}</label>
              <select id="merge-keep" name="keepId" defaultValue={students[0]!.id} dir="auto">
                {options}
              </select>
            </div>
            <div className={`${forms.field} ${styles.field}`}>
              <label htmlFor="merge-other">{t('mergeOther')}</label>
              <select id="merge-other" name="mergeId" defaultValue={students[1]!.id} dir="auto">
                {options}
              </select>
            </div>
          </ActionForm>
        )}
        {merges.length > 0 && (
          <>
            <h3>{t('mergesTitle')}</h3>
            <ul className={styles.merges}>
              {merges.map((merge) => (
                <li key={`${merge.mergedAt.toISOString()}-${merge.mergedName}`} dir="auto">
                  {t('mergeRecord', {
                    date: format.dateTime(merge.mergedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    mergedName: merge.mergedName,
                    keptName: merge.keptName,
                    attempts: merge.attemptsMoved,
                    answers: merge.answersMoved,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
