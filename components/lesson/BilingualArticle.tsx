import type { Article, GlossaryEntry } from '@/content/lesson-schema';
import { markArticle } from '@/lib/glossary-marks';
import { ArticleParagraph, ParagraphNotes, type ArticleLabels } from './ArticleParagraph';
import { SentenceTwins } from './SentenceTwins';
import styles from './Reading.module.css';

type Props = {
  article: Article;
  glossary: GlossaryEntry[];
  pageLanguage: 'en' | 'es';
  labels: ArticleLabels;
  hint: string;
};

/** English and Spanish side by side, paragraph by paragraph; each sentence highlights its twin. */
export function BilingualArticle({ article, glossary, pageLanguage, labels, hint }: Props) {
  const languages = pageLanguage === 'en' ? (['en', 'es'] as const) : (['es', 'en'] as const);
  const segments = {
    en: markArticle(article.paragraphs, glossary, 'en'),
    es: markArticle(article.paragraphs, glossary, 'es'),
  };
  return (
    <SentenceTwins className={styles.bilingual}>
      <p className={styles.hint}>{hint}</p>
      {article.paragraphs.map((paragraph, index) => (
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
      ))}
    </SentenceTwins>
  );
}
