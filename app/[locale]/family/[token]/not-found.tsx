import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/ui/NotFoundMessage';

/** A family link that does not work, whatever the reason: one page that says so and nothing more. */
export default async function FamilyLinkNotFound() {
  const t = await getTranslations('FamilyPage');
  return (
    <NotFoundMessage
      title={t('unavailableTitle')}
      body={t('unavailable')}
      homeLabel={t('home')}
      homeHref={`/${await getLocale()}`}
    />
  );
}
