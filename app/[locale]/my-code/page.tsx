import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { currentStudentCard } from '@/server/learner/current-student';
import { publicOrigin } from '@/server/auth/request-info';
import forms from '@/components/forms/Forms.module.css';
import styles from '@/components/join/Join.module.css';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'StudentCode' });
  return { title: t('title'), robots: { index: false } };
}

/** "My code": the signed-in student's own class code and personal code, to sign in on another device. */
export default async function MyCodePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, card] = await Promise.all([getTranslations('StudentCode'), currentStudentCard()]);
  if (!card) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('notStudent')}</p>
        <p>
          <Link href="/join">{t('join')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <dl className={styles.details}>
        <dt>{t('name')}</dt>
        <dd dir="auto">{card.displayName}</dd>
        <dt>{t('className')}</dt>
        <dd dir="auto">{card.className}</dd>
        <dt>{t('address')}</dt>
        <dd translate="no">{`${await publicOrigin()}/${locale}/join/resume`}</dd>
        <dt>{t('classCode')}</dt>
        <dd translate="no">{card.joinCode}</dd>
      </dl>
      <section aria-labelledby="personal-code" className={forms.panel}>
        <h2 id="personal-code">{t('personalCode')}</h2>
        {card.resumeCode ? (
          <p className={forms.code} translate="no">
            {card.resumeCode}
          </p>
        ) : (
          <p>{t('noCode')}</p>
        )}
        <p>{t('howTo')}</p>
        <p>{t('keepSecret')}</p>
      </section>
    </>
  );
}
