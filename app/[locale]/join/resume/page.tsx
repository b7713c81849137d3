import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { resumeAction } from '../actions';
import { ResumeForm } from '@/components/join/ResumeForm';

type Props = { params: Promise<{ locale: Locale }> };

export default async function ResumePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Resume');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ResumeForm resume={resumeAction} />
    </>
  );
}
