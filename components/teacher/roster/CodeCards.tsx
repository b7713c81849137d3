import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { CodeCard } from '@/lib/dashboard/class-summaries';
import { PrintButton } from './PrintButton';
import forms from '@/components/forms/Forms.module.css';
import styles from './RosterTools.module.css';

type Props = {
  classId: string;
  className: string;
  joinCode: string;
  /** The address students type, e.g. https://fuente.school.org/en/join. */
  joinAddress: string;
  cards: CodeCard[];
  /** After a pasted roster: how many were added and how many names were left out. */
  added?: { created: number; skipped: number };
};

/** The printable sheet: one card per student with their name, the class code, their personal code and the address. */
export async function CodeCards({ classId, className, joinCode, joinAddress, cards, added }: Props) {
  const t = await getTranslations('RosterTools');
  return (
    <>
      <p className="no-print">
        <Link href={`/teacher/classes/${classId}`}>← {t('back')}</Link>
      </p>
      <h1 dir="auto">{t('cardsTitle', { className })}</h1>
      {added && (
        <p role="status" className={`${forms.ok} no-print`}>
          {t('cardsAdded', { count: added.created })} {added.skipped > 0 && t('cardsSkipped', { count: added.skipped })}
        </p>
      )}
      <p className="no-print">{t('cardsIntro')}</p>
      <PrintButton label={t('print')} />
      {cards.length === 0 ? (
        <p>{t('cardsEmpty')}</p>
      ) : (
        <ul className={styles.cards}>
          {cards.map((card) => (
            <li key={card.id} className={styles.card}>
              <h2 dir="auto">{card.displayName}</h2>
              <dl>
                <dt>{t('cardAddress')}</dt>
                <dd translate="no">{joinAddress}</dd>
                <dt>{t('cardClassCode')}</dt>
                <dd className={styles.code} translate="no">
                  {joinCode}
                </dd>
                <dt>{t('cardName')}</dt>
                <dd dir="auto">{card.displayName}</dd>
                <dt>{t('cardPersonalCode')}</dt>
                <dd className={styles.code} translate="no">
                  {card.resumeCode ?? '—'}
                </dd>
              </dl>
              <p>{card.resumeCode ? t('cardStep') : t('cardNoCode')}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
