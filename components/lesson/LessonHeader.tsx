import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LessonMeta } from '@/content/lesson-schema';

type Props = { meta: LessonMeta; locale: Locale };

export async function LessonHeader({ meta, locale }: Props) {
  const t = await getTranslations('LessonPage');
  return (
    <header>
      <p>
        <Link href="/">← {t('backToLessons')}</Link>
      </p>
      <h1>{meta.title[locale]}</h1>
      <p className="lead">{meta.summary[locale]}</p>
    </header>
  );
}
