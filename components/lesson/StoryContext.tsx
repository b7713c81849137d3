import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { CitedText, LessonMeta } from '@/content/lesson-schema';
import { dayToDate } from '@/lib/dates';
import { SourceLine } from '@/components/ui/SourceLine';
import { Fold } from './Fold';
import styles from './StoryContext.module.css';

type Props = { meta: LessonMeta; locale: Locale };

/**
 * What a reader today needs around a dated story: a timeline of what came before and after it, the law behind the
 * policy and who published the report, each with the documents it rests on. Folded (a plain <details>, so it works
 * without JavaScript) so that the article starts on the first screen.
 */
export async function StoryContext({ meta, locale }: Props) {
  const t = await getTranslations('StoryContext');
  const format = await getFormatter();
  const { timeline, law, outlet } = meta.background;
  return (
    <Fold id="story-context-heading" summary={t('heading')}>
      <ol className={styles.timeline}>
        {timeline.map((event) => (
          <li key={event.date} className={event.thisArticle ? styles.thisArticle : undefined}>
            <time dateTime={event.date} className={styles.date}>
              {format.dateTime(dayToDate(event.date), {
                year: 'numeric',
                month: 'long',
                day: 'numeric',
                timeZone: 'UTC',
              })}
            </time>
            {event.thisArticle && <strong className={styles.badge}>{t('thisArticle')}</strong>}
            <p className={styles.event}>{event.event[locale]}</p>
            <SourceLine label={t('source')} sources={[event.source]} className={styles.sources} />
          </li>
        ))}
      </ol>
      <CitedParagraph heading={t('lawHeading')} cited={law} locale={locale} sourceLabel={t('sources')} />
      <CitedParagraph heading={t('outletHeading')} cited={outlet} locale={locale} sourceLabel={t('sources')} />
    </Fold>
  );
}

function CitedParagraph({
  heading,
  cited,
  locale,
  sourceLabel,
}: {
  heading: string;
  cited: CitedText;
  locale: Locale;
  sourceLabel: string;
}) {
  return (
    <>
      <h3 className={styles.subheading}>{heading}</h3>
      <p>{cited.text[locale]}</p>
      <SourceLine label={sourceLabel} sources={cited.sources} className={styles.sources} />
    </>
  );
}
