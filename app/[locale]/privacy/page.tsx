import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: Locale }> };

const ITEMS = ['name', 'class', 'session', 'reading', 'quizzes'] as const;

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Privacy');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('studentTitle')}</h2>
      <ul>
        {ITEMS.map((item) => (
          <li key={item}>{t(`items.${item}`)}</li>
        ))}
      </ul>
      <h2>{t('retentionTitle')}</h2>
      <p>{t('retention')}</p>
      <p>{t('who')}</p>
      <h2>{t('guestTitle')}</h2>
      <p>{t('guest')}</p>
      <h2>{t('teacherTitle')}</h2>
      <p>{t('teacher')}</p>
    </>
  );
}
