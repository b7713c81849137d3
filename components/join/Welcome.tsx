import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { JoinedCard } from '@/lib/join-request';
import forms from '@/components/forms/Forms.module.css';
import styles from './Join.module.css';

/** The welcome's heading, which takes the focus when the join page shows the welcome in place (JoinFlow.tsx). */
export const WELCOME_HEADING = 'welcome-title';

/**
 * Where joining lands: the student's name, one large button to the lesson, and their personal code. The welcome page
 * renders it on the server; the join page, with JavaScript, from its join's reply.
 */
export function Welcome({ card, lessonSlug }: { card: JoinedCard; lessonSlug: string }) {
  const t = useTranslations('Join');
  return (
    <>
      <div className={styles.welcome}>
        <h1 id={WELCOME_HEADING} tabIndex={-1} dir="auto">
          {t('welcomeTitle', { name: card.displayName })}
        </h1>
        <p dir="auto">{t('joinedClass', { className: card.className })}</p>
        <Link href={`/lessons/${lessonSlug}`} locale={card.locale} className={`button ${styles.start}`}>
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
