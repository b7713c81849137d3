import type { CSSProperties } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LessonLearnerState } from '@/lib/lesson-learner-state';
import { LINE_HEIGHT, TEXT_SCALE } from '@/lib/reading-preferences';
import type { ReadingView } from '@/lib/reading-view';
import type { LoadedLesson } from '@/lib/loaded-lesson';
import type { QuizId } from '@/content/quiz-schema';
import { lessonOfflinePaths } from '@/lib/offline/lesson-offline-paths';
import { KeepLessonOffline } from '@/components/offline/KeepLessonOffline';
import { ArticleText } from './ArticleText';
import { articleLabels } from './article-labels';
import { BilingualArticle } from './BilingualArticle';
import { GlossaryList } from './GlossaryList';
import { GuidedRedirect } from './GuidedRedirect';
import {
  LessonFamiliarity,
  LessonFeedbackNotice,
  LessonReadAloud,
  LessonReadingProgress,
  LessonReadingSettings,
  LessonStudentBadge,
  LessonSupports,
} from './LearnerParts';
import { LessonHeader } from './LessonHeader';
import { LessonLearnerStateProvider } from './LessonLearnerState';
import { QuizCallout } from './QuizCallout';
import type { LessonActions } from './lesson-actions';
import { SourceCard } from './SourceCard';
import { StoryContext } from './StoryContext';
import { ViewToggle } from './ViewToggle';
import styles from './LessonPage.module.css';

type Props = {
  lesson: LoadedLesson;
  locale: Locale;
  view: ReadingView;
  /** The learner's state, rendered into the page; or, on a prerendered page, a visitor's until `loadLearnerFrom` answers. */
  learner: LessonLearnerState;
  loadLearnerFrom?: string;
  actions: LessonActions;
};

/**
 * The reading page: header, source, tools, the article in one or both languages, glossary and what comes next. The
 * learner's own parts (name, familiarity, settings, progress, quiz status) read the state given here, so the rest of
 * the page is the same for everyone.
 */
export async function LessonReader({ lesson, locale, view, learner, loadLearnerFrom, actions }: Props) {
  const t = await getTranslations('LessonPage');
  const { article, glossary } = lesson;
  const labels = await articleLabels();
  const readingStyle = {
    '--reading-scale': TEXT_SCALE[learner.reading.preference.textSize],
    '--reading-leading': LINE_HEIGHT[learner.reading.preference.lineSpacing],
  } as CSSProperties;
  // One title per quiz, the content's, wherever the page names a quiz.
  const quizTitles = Object.fromEntries(lesson.quizzes.map((quiz) => [quiz.id, quiz.title[locale]])) as Record<
    QuizId,
    string
  >;
  const sentences = article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence) => ({ id: sentence.id, text: sentence[locale] })),
  );

  return (
    <LessonLearnerStateProvider state={learner} loadFrom={loadLearnerFrom}>
      <LessonSupports>
        {lesson.guided && <GuidedRedirect href={`/${locale}/lessons/${lesson.slug}/guided`} />}
        <LessonStudentBadge signOut={actions.signOut} />
        <LessonFeedbackNotice slug={lesson.slug} quizTitles={quizTitles} />
        <LessonHeader meta={lesson.meta} readability={lesson.readability} locale={locale} />
        {/* Everything around the article is folded, so that the article starts on a phone's first screen. */}
        <div className={styles.folds}>
          <LessonFamiliarity
            id="before-heading"
            summary={t('beforeYouRead')}
            lessonSlug={lesson.slug}
            save={actions.saveFamiliarity}
          >
            {view === 'single' && <p className={styles.versionNote}>{t('versionNote')}</p>}
            <SourceCard meta={lesson.meta} readability={lesson.readability} locale={locale} />
          </LessonFamiliarity>
          <LessonReadingSettings
            id="reading-tools-heading"
            summary={t('readingTools')}
            save={actions.saveReadingPreference}
            before={<ViewToggle slug={lesson.slug} view={view} />}
          >
            <LessonReadAloud sentences={sentences} language={locale} />
          </LessonReadingSettings>
          <StoryContext meta={lesson.meta} locale={locale} />
        </div>

        <section aria-labelledby="article-heading" data-reading-root style={readingStyle} className={styles.article}>
          <h2 id="article-heading" className="visually-hidden">
            {t('articleHeading')}
          </h2>
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
          {/* Last in the article and stuck to the bottom of the screen while it is read: nothing above paragraph 1. */}
          <LessonReadingProgress lessonSlug={lesson.slug} total={article.paragraphs.length} />
        </section>

        <GlossaryList
          glossary={glossary}
          language={locale}
          heading={t('glossaryHeading')}
          intro={t('glossaryIntro')}
          otherLanguageTerm={t('otherLanguageTerm')}
        />
        <QuizCallout slug={lesson.slug} quizTitles={quizTitles} />
        {/* Last on the page: it fills in once the lesson is kept, and above the article it pushed paragraph 1 off a
          phone's first screen. */}
        <KeepLessonOffline
          className={styles.offlineNote}
          paths={lessonOfflinePaths(
            locale,
            lesson.slug,
            lesson.quizzes.map((quiz) => quiz.id),
          )}
        />
      </LessonSupports>
    </LessonLearnerStateProvider>
  );
}
