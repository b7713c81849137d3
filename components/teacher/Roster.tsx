import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import type { ClassActions } from './class-actions';
import { NewResumeCodeForm } from './NewResumeCodeForm';
import { SupportsCell } from './supports/SupportsCell';
import type { StudentRow } from '@/lib/dashboard/class-summaries';
import styles from './Teacher.module.css';

/** The class's students; names are plain text, whatever was typed. */
type Props = { classId: string; students: StudentRow[]; actions: ClassActions };

export async function Roster({ classId, students, actions }: Props) {
  const t = await getTranslations('ClassPage');
  const format = await getFormatter();
  if (students.length === 0) return <p className={styles.empty}>{t('rosterEmpty')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.name')}</th>
          <th scope="col">{t('columns.joined')}</th>
          <th scope="col">{t('columns.attempts')}</th>
          <th scope="col">{t('columns.supports')}</th>
          <th scope="col">{t('columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {students.map((student) => (
          <tr key={student.id}>
            <th scope="row" dir="auto">
              {student.displayName}
            </th>
            <td>
              <time dateTime={student.joinedAt.toISOString()}>
                {format.dateTime(student.joinedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
            </td>
            <td>{student.attempts}</td>
            <td>
              <SupportsCell classId={classId} student={student} />
            </td>
            <td>
              <div className={styles.rowActions}>
                <ActionForm action={actions.renameStudent} submitLabel={t('saveName')} inline>
                  <input type="hidden" name="classId" value={classId} />
                  <input type="hidden" name="learnerId" value={student.id} />
                  <label className="visually-hidden" htmlFor={`rename-${student.id}`}>
                    {t('newName', { name: student.displayName })}
                  </label>
                  <input
                    id={`rename-${student.id}`}
                    name="displayName"
                    defaultValue={student.displayName}
                    maxLength={60}
                    required
                  />
                </ActionForm>
                <ActionForm
                  action={actions.resetAttempts}
                  submitLabel={t('resetAttempts', { name: student.displayName })}
                  inline
                >
                  <input type="hidden" name="classId" value={classId} />
                  <input type="hidden" name="learnerId" value={student.id} />
                </ActionForm>
                <ActionForm
                  action={actions.signOutStudent}
                  submitLabel={t('signOutEverywhere', { name: student.displayName })}
                  inline
                >
                  <input type="hidden" name="classId" value={classId} />
                  <input type="hidden" name="learnerId" value={student.id} />
                </ActionForm>
                <NewResumeCodeForm
                  classId={classId}
                  learnerId={student.id}
                  issue={actions.newResumeCode}
                  submitLabel={t('newResumeCode', { name: student.displayName })}
                />
                <ActionForm
                  action={actions.removeStudent}
                  submitLabel={t('removeStudent', { name: student.displayName })}
                  inline
                  danger
                >
                  <input type="hidden" name="classId" value={classId} />
                  <input type="hidden" name="learnerId" value={student.id} />
                </ActionForm>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
