import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { PnpImportForm } from '@/components/teacher/supports/PnpImportForm';
import { SupportsForm } from '@/components/teacher/supports/SupportsForm';
import { requireTeacher } from '@/server/auth/teacher-session';
import { readClassSupports } from '@/server/supports/profiles';
import { editSupportsAction, importSupportsAction } from './actions';
import forms from '@/components/forms/Forms.module.css';

type Props = {
  params: Promise<{ locale: Locale; classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Supports' });
  return { title: t('link'), robots: { index: false } };
}

/** The supports of a class's students, set for one (`?student=` ticks them), several, or the whole class. */
export default async function SupportsPage({ params, searchParams }: Props) {
  const { locale, classId } = await params;
  setRequestLocale(locale);
  const teacher = await requireTeacher(locale);
  const supports = await readClassSupports(teacher.teacherId, classId);
  if (!supports) notFound();
  const [t, messages] = await Promise.all([getTranslations('Supports'), getMessages()]);
  const asked = (await searchParams).student;
  const preselected = (Array.isArray(asked) ? asked : [asked]).filter(
    (id): id is string => typeof id === 'string' && supports.students.some((student) => student.id === id),
  );
  return (
    <>
      <p>
        <Link href={`/teacher/classes/${classId}`}>← {t('back')}</Link>
      </p>
      <h1 dir="auto">{t('title', { className: supports.className })}</h1>
      <p>{t('intro')}</p>
      {supports.students.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        // The form's words reach this page alone, not every page's client messages (i18n/client-messages.ts).
        <NextIntlClientProvider messages={{ Supports: messages.Supports, ReadingSettings: messages.ReadingSettings }}>
          <SupportsForm
            classId={classId}
            students={supports.students}
            preselected={preselected}
            action={editSupportsAction}
          />
          <section aria-labelledby="pnp-import" className={forms.panel}>
            <h2 id="pnp-import">{t('import.heading')}</h2>
            <PnpImportForm classId={classId} students={supports.students} action={importSupportsAction} />
          </section>
        </NextIntlClientProvider>
      )}
    </>
  );
}
