import type { Article, GlossaryEntry } from '@/content/lesson-schema';
import { markArticle } from '@/lib/glossary-marks';
import { ArticleParagraph, ParagraphNotes, type ArticleLabels } from './ArticleParagraph';
import type { ParagraphRange } from './ArticleText';
import { SentenceTwins } from './SentenceTwins';
import styles from './Reading.module.css';

type Props = {
  article: Article;
  glossary: GlossaryEntry[];
  pageLanguage: 'en' | 'es';
  labels: ArticleLabels;
  /** Shown above the columns; a later section of the same page leaves it out. */
  hint?: string;
  /** Only these paragraphs, numbered and marked as in the whole article (see ArticleText). */
  range?: ParagraphRange;
};

/** English and Spanish side by side, paragraph by paragraph; each sentence highlights its twin. */
export function BilingualArticle({ article, glossary, pageLanguage, labels, hint, range }: Props) {
  const languages = pageLanguage === 'en' ? (['en', 'es'] as const) : (['es', 'en'] as const);
  const segments = {
    en: markArticle(article.paragraphs, glossary, 'en'),
    es: markArticle(article.paragraphs, glossary, 'es'),
  };
  return (
    <SentenceTwins className={styles.bilingual}>
      {hint && <p className={styles.hint}>{hint}</p>}
      {article.paragraphs.slice(range?.start ?? 0, range?.end).map((paragraph, offset) => {
        const index = (range?.start ?? 0) + offset;
        return (
          <div key={paragraph.id} id={paragraph.id} data-paragraph={index + 1} className={styles.anchor}>
            <div className={styles.pair}>
              {languages.map((language) => (
                <ArticleParagraph
                  key={language}
                  paragraph={paragraph}
                  number={index + 1}
                  language={language}
                  segments={segments[language]}
                  notes={article.notes}
                  labels={labels}
                  focusableSentences
                />
              ))}
            </div>
            <ParagraphNotes paragraph={paragraph} notes={article.notes} language={pageLanguage} labels={labels} />
          </div>
        );
      })}
    </SentenceTwins>
  );
}
