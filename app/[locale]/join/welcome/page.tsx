import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { currentStudentCard } from '@/server/learner/current-student';
import { defaultLessonSlug } from '@/server/lessons';
import forms from '@/components/forms/Forms.module.css';
import styles from '@/components/join/Join.module.css';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, card] = await Promise.all([getTranslations({ locale, namespace: 'Join' }), currentStudentCard()]);
  return { title: card ? t('welcomeTitle', { name: card.displayName }) : t('title'), robots: { index: false } };
}

/** Where joining lands: the student's name, one large button to the lesson, and their personal code. */
export default async function WelcomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, card] = await Promise.all([getTranslations('Join'), currentStudentCard()]);
  if (!card) return redirect({ href: '/join', locale });
  return (
    <>
      <div className={styles.welcome}>
        <h1 dir="auto">{t('welcomeTitle', { name: card.displayName })}</h1>
        <p dir="auto">{t('joinedClass', { className: card.className })}</p>
        <Link href={`/lessons/${defaultLessonSlug()}`} locale={card.locale} className={`button ${styles.start}`}>
          {t('startReading')}
        </Link>
      </div>
      {card.resumeCode && (
        <section aria-labelledby="personal-code" className={forms.panel}>
          <h2 id="personal-code">{t('resumeCodeTitle')}</h2>
          <p className={forms.code} translate="no">
            {card.resumeCode}
          </p>
          <p>{t('resumeCodeHint')}</p>
          <p>
            {t('codeAgain')} <Link href="/my-code">{t('myCodeLink')}</Link>
          </p>
        </section>
      )}
    </>
  );
}
