import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/forms/ActionForm';
import { Field } from '@/components/forms/Field';
import type { Locale } from '@/i18n/routing';
import type { ClassDetails, MergeRecord, StudentRow } from '@/lib/dashboard/classes';
import type { ClassActions } from './class-actions';
import { ClassSettingsForm } from './ClassSettingsForm';
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
  children?: ReactNode;
};

/** Everything a teacher does with one class: share its code, change it, see its students, archive or delete it. */
export async function ClassManagement({ klass, students, merges, locale, actions, children }: Props) {
  const [t, tDashboard] = await Promise.all([getTranslations('ClassPage'), getTranslations('TeacherDashboard')]);
  const hidden = <input type="hidden" name="classId" value={klass.id} />;
  return (
    <>
      <h1>{klass.name}</h1>
      {klass.archived && <p className={styles.notice}>{t('archivedNotice')}</p>}

      <section aria-labelledby="join-code" className={`${forms.panel} no-print`}>
        <h2 id="join-code">{t('joinCodeTitle')}</h2>
        <p className={forms.code}>{klass.joinCode}</p>
        <p>{t('joinInstructions', { url: `/${locale}/join` })}</p>
        <ActionForm action={actions.regenerateCode} submitLabel={t('regenerate')}>
          {hidden}
          <p className={forms.hint}>{t('regenerateHint')}</p>
        </ActionForm>
      </section>

      {children}

      <section aria-labelledby="roster" className="no-print">
        <h2 id="roster">{t('rosterTitle')}</h2>
        <p className={forms.hint}>{tDashboard('manageTitle')}</p>
        <Roster classId={klass.id} students={students} actions={actions} />
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
