import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { listLessons } from '@/server/lessons';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('title'), robots: { index: false } };
}

/**
 * What the service worker (public/sw.js) shows, at the address the student asked for, when a page that needs the
 * server (a teacher page, joining a class, a page never opened on this device) is requested offline. Prerendered,
 * and kept by the worker when it installs.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Offline');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('body')}</p>
      <p>{t('lessonsWork')}</p>
      <h2>{t('lessonsHeading')}</h2>
      <ul>
        {listLessons().map((lesson) => (
          <li key={lesson.slug}>
            <a href={`/${locale}/lessons/${lesson.slug}`}>{lesson.title[locale]}</a>
          </li>
        ))}
      </ul>
      <p>
        {/* An empty href is the address the student asked for: the page itself, fetched again. */}
        <a href="" className="button">
          {t('tryAgain')}
        </a>
      </p>
    </>
  );
}
