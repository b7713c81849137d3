import type { CSSProperties } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FamiliarityLevel } from '@/lib/familiarity-levels';
import { LINE_HEIGHT, TEXT_SCALE, type ReadingPreference } from '@/lib/reading-preferences';
import type { ReadingView } from '@/lib/reading-view';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { QuizStatus } from '@/lib/quiz/quiz-status';
import { ArticleText } from './ArticleText';
import { BilingualArticle } from './BilingualArticle';
import { FamiliarityForm } from './FamiliarityForm';
import { GlossaryList } from './GlossaryList';
import { LessonHeader } from './LessonHeader';
import { QuizCallout } from './QuizCallout';
import { ReadAloud } from './ReadAloud';
import { ReadingProgressTracker } from './ReadingProgressTracker';
import { ReadingSettings } from './ReadingSettings';
import type { LessonActions } from './lesson-actions';
import { SourceCard } from './SourceCard';
import { StoryContext } from './StoryContext';
import { ViewToggle } from './ViewToggle';
import styles from './LessonPage.module.css';

type Props = {
  lesson: LoadedLesson;
  locale: Locale;
  view: ReadingView;
  familiarity: FamiliarityLevel | null;
  reading: { furthestParagraph: number; preference: ReadingPreference };
  quizStatuses: QuizStatus[];
  actions: LessonActions;
};

/** The reading page: header, source, tools, the article in one or both languages, glossary and what comes next. */
export async function LessonReader({ lesson, locale, view, familiarity, reading, quizStatuses, actions }: Props) {
  const t = await getTranslations('LessonPage');
  // A definition in either column names the term in the other language, in the column's own language.
  const [tEn, tEs] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'LessonPage' }),
    getTranslations({ locale: 'es', namespace: 'LessonPage' }),
  ]);
  const { article, glossary } = lesson;
  const labels = {
    paragraphLink: (number: number) => t('paragraphLink', { number }),
    translatedQuote: t('translatedQuote'),
    noteMarker: t('noteMarker'),
    editorsNote: t('editorsNote'),
    otherLanguageTerm: { en: tEn('otherLanguageTerm'), es: tEs('otherLanguageTerm') },
    close: { en: tEn('closeDefinition'), es: tEs('closeDefinition') },
  };
  const readingStyle = {
    '--reading-scale': TEXT_SCALE[reading.preference.textSize],
    '--reading-leading': LINE_HEIGHT[reading.preference.lineSpacing],
  } as CSSProperties;
  const sentences = article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({ id: sentence.id, text: sentence[locale] })),
  );

  return (
    <>
      <LessonHeader meta={lesson.meta} locale={locale} />
      <SourceCard meta={lesson.meta} readability={lesson.readability} locale={locale} />
      <StoryContext meta={lesson.meta} locale={locale} />

      <section aria-labelledby="before-heading" className={styles.before}>
        <h2 id="before-heading">{t('beforeYouRead')}</h2>
        <FamiliarityForm lessonSlug={lesson.slug} savedLevel={familiarity} save={actions.saveFamiliarity} />
      </section>

      <div className={styles.tools}>
        <ViewToggle slug={lesson.slug} view={view} />
        <ReadingSettings preference={reading.preference} save={actions.saveReadingPreference} />
        <ReadAloud sentences={sentences} language={locale} />
      </div>

      <ReadingProgressTracker
        lessonSlug={lesson.slug}
        total={article.paragraphs.length}
        initialFurthest={reading.furthestParagraph}
      />

      <section aria-labelledby="article-heading" data-reading-root style={readingStyle} className={styles.article}>
        <h2 id="article-heading">{t('articleHeading')}</h2>
        {view === 'single' && <p className={styles.versionNote}>{t('versionNote')}</p>}
        {view === 'bilingual' ? (
          <BilingualArticle
            article={article}
            glossary={glossary}
            pageLanguage={locale}
            labels={labels}
            hint={t('bilingualHint')}
          />
        ) : (
          <ArticleText article={article} glossary={glossary} language={locale} labels={labels} />
        )}
      </section>

      <GlossaryList
        glossary={glossary}
        language={locale}
        heading={t('glossaryHeading')}
        intro={t('glossaryIntro')}
        otherLanguageTerm={t('otherLanguageTerm')}
      />
      <QuizCallout slug={lesson.slug} statuses={quizStatuses} />
    </>
  );
}
