import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';

export default async function LocaleNotFound() {
  const t = await getTranslations('NotFoundPage');
  return (
    <NotFoundMessage title={t('title')} body={t('body')} homeLabel={t('home')} homeHref={`/${await getLocale()}`} />
  );
}
