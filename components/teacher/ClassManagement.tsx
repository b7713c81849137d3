import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { Field } from '@/components/forms/Field';
import type { Locale } from '@/i18n/routing';
import type { ClassDetails, MergeRecord, StudentRow } from '@/lib/dashboard/class-summaries';
import type { ClassActions } from './class-actions';
import { JOIN_CODE_GRACE_MINUTES } from '@/lib/join-code';
import { ClassSettingsForm } from './ClassSettingsForm';
import { JoinChip } from './JoinChip';
import { NewJoinCodeForm } from './NewJoinCodeForm';
import { Roster } from './Roster';
import { RosterTools } from './roster/RosterTools';
import forms from '@/components/forms/Forms.module.css';
import styles from './Teacher.module.css';

type Props = {
  klass: ClassDetails;
  students: StudentRow[];
  merges: MergeRecord[];
  locale: Locale;
  actions: ClassActions;
  /** The join link with the code filled in (server/teacher/class-invite.ts). */
  inviteUrl: string;
  children?: ReactNode;
};

/**
 * Everything a teacher does with one class: its code as a small chip, then its progress (children) first, its students
 * (with merging and adding a pasted roster), a new code, settings, archive or delete.
 */
export async function ClassManagement({ klass, students, merges, locale, actions, inviteUrl, children }: Props) {
  const [t, tDashboard] = await Promise.all([getTranslations('ClassPage'), getTranslations('TeacherDashboard')]);
  const hidden = <input type="hidden" name="classId" value={klass.id} />;
  return (
    <>
      <h1>{klass.name}</h1>
      {klass.archived && <p className={styles.notice}>{t('archivedNotice')}</p>}

      <JoinChip klass={klass} inviteUrl={inviteUrl} locale={locale} />

      {children}

      <section aria-labelledby="roster" className="no-print">
        <h2 id="roster">{t('rosterTitle')}</h2>
        <p className={forms.hint}>{tDashboard('manageTitle')}</p>
        <div className={styles.tableScroll}>
          <Roster classId={klass.id} students={students} actions={actions} />
        </div>
      </section>

      <section aria-labelledby="new-code" className={`${forms.panel} no-print`}>
        <h2 id="new-code">{t('newCodeTitle')}</h2>
        <NewJoinCodeForm
          classId={klass.id}
          regenerate={actions.regenerateCode}
          labels={{
            open: t('regenerate'),
            hint: t('regenerateHint', { minutes: JOIN_CODE_GRACE_MINUTES }),
            confirm: t('regenerateConfirm'),
          }}
        />
      </section>

      <RosterTools classId={klass.id} students={students} merges={merges} actions={actions} />

      <section aria-labelledby="settings" className={`${forms.panel} no-print`}>
        <h2 id="settings">{t('settingsTitle')}</h2>
        <ClassSettingsForm classId={klass.id} settings={klass} update={actions.updateSettings} />
      </section>

      <section aria-labelledby="rename" className={`${forms.panel} no-print`}>
        <h2 id="rename">{t('renameTitle')}</h2>
        <ActionForm action={actions.renameClass} submitLabel={t('rename')}>
          {hidden}
          <Field
            name="name"
            label={t('renameTitle')}
            defaultValue={klass.name}
            maxLength={80}
            required
            id={`class-name-${klass.id}`}
          />
        </ActionForm>
      </section>

      <section aria-labelledby="archive" className={`${forms.panel} no-print`}>
        <h2 id="archive">{t('archiveTitle')}</h2>
        <p>{t('archiveHint')}</p>
        <ActionForm action={actions.archiveClass} submitLabel={klass.archived ? t('unarchive') : t('archive')}>
          {hidden}
          <input type="hidden" name="archived" value={klass.archived ? 'false' : 'true'} />
        </ActionForm>
      </section>

      <section aria-labelledby="delete" className={`${forms.panel} ${forms.danger} no-print`}>
        <h2 id="delete">{t('deleteTitle')}</h2>
        <ActionForm action={actions.deleteClass} submitLabel={t('delete')} danger>
          {hidden}
          <Field
            name="confirmation"
            label={t('deleteConfirm')}
            hint={t('deleteHint', { name: klass.name })}
            autoComplete="off"
            required
          />
        </ActionForm>
      </section>
    </>
  );
}
