import type { Article, GlossaryEntry } from '@/content/lesson-schema';
import { markArticle } from '@/lib/glossary-marks';
import { ArticleParagraph, ParagraphNotes, type ArticleLabels } from './ArticleParagraph';
import styles from './Reading.module.css';

type Props = { article: Article; glossary: GlossaryEntry[]; language: 'en' | 'es'; labels: ArticleLabels };

/** The article in one language: numbered paragraphs with anchors (#p1, #p2…) that quizzes link to. */
export function ArticleText({ article, glossary, language, labels }: Props) {
  const segments = markArticle(article.paragraphs, glossary, language);
  return (
    <div className={styles.single}>
      {article.paragraphs.map((paragraph, index) => (
        <div key={paragraph.id} id={paragraph.id} data-paragraph={index + 1} className={styles.anchor}>
          <ArticleParagraph
            paragraph={paragraph}
            number={index + 1}
            language={language}
            segments={segments}
            notes={article.notes}
            labels={labels}
          />
          <ParagraphNotes paragraph={paragraph} notes={article.notes} language={language} labels={labels} />
        </div>
      ))}
    </div>
  );
}
