import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Article, GlossaryEntry } from '@/content/lesson-schema';
import type { Section } from '@/content/sections-schema';
import { sectionRanges } from '@/lib/assignments/guided-view';
import type { ReadingView } from '@/lib/reading-view';
import { ArticleText } from './ArticleText';
import { BilingualArticle } from './BilingualArticle';
import { articleLabels } from './article-labels';
import styles from './SectionedArticle.module.css';

type Props = {
  article: Article;
  glossary: GlossaryEntry[];
  sections: Section[];
  /** How many sections, from the first, are shown (server/assignments/sections.ts `revealedSectionCount`). */
  revealed: number;
  language: 'en' | 'es';
  view: ReadingView;
  /** What follows a shown section: its checkpoint questions when reading at one's own pace. */
  afterSection?: (index: number) => ReactNode;
  /** Teacher-paced: the parts to come open when the teacher opens them, not when the questions are answered. */
  paced?: boolean;
};

/**
 * The article in sections, only the first `revealed` of them, each under a heading with what follows it; then how many
 * are still to come. Paragraphs keep their numbers and anchors (#p5) and glossary terms are marked as on the reading
 * page. Guided reading renders it per request with the learner's count; teacher-paced reading passes the teacher's.
 */
export async function SectionedArticle({
  article,
  glossary,
  sections,
  revealed,
  language,
  view,
  afterSection,
  paced = false,
}: Props) {
  const t = await getTranslations('GuidedReading');
  const tLesson = await getTranslations('LessonPage');
  const labels = await articleLabels();
  const ranges = sectionRanges(
    article.paragraphs.map((paragraph) => paragraph.id),
    sections,
  );
  const hidden = sections.length - revealed;
  return (
    <div className={styles.sections}>
      {sections.slice(0, revealed).map((section, index) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className={styles.section}>
          <h2 id={`${section.id}-heading`} className={styles.heading}>
            {t('sectionHeading', { number: index + 1, total: sections.length })}
          </h2>
          {view === 'bilingual' ? (
            <BilingualArticle
              article={article}
              glossary={glossary}
              pageLanguage={language}
              labels={labels}
              hint={index === 0 ? tLesson('bilingualHint') : undefined}
              range={ranges[index]}
            />
          ) : (
            <ArticleText
              article={article}
              glossary={glossary}
              language={language}
              labels={labels}
              range={ranges[index]}
            />
          )}
          {afterSection?.(index)}
        </section>
      ))}
      {hidden > 0 && <p className={styles.toCome}>{t(paced ? 'toComePaced' : 'toCome', { count: hidden })}</p>}
    </div>
  );
}
