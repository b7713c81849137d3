import type { Article, GlossaryEntry } from '@/content/lesson-schema';
import { markArticle } from '@/lib/glossary-marks';
import { ArticleParagraph, ParagraphNotes, type ArticleLabels } from './ArticleParagraph';
import styles from './Reading.module.css';

type Props = {
  article: Article;
  glossary: GlossaryEntry[];
  language: 'en' | 'es';
  labels: ArticleLabels;
  /** Only these paragraphs (0-based, end excluded), numbered and marked as in the whole article: a section of it. */
  range?: ParagraphRange;
};

export type ParagraphRange = { start: number; end: number };

/** The article in one language: numbered paragraphs with anchors (#p1, #p2…) that quizzes link to. */
export function ArticleText({ article, glossary, language, labels, range }: Props) {
  // Marked over the whole article, so a term is marked (and its popover's id used) once, in whichever section.
  const segments = markArticle(article.paragraphs, glossary, language);
  const start = range?.start ?? 0;
  return (
    <div className={styles.single}>
      {article.paragraphs.slice(start, range?.end).map((paragraph, offset) => (
        <div key={paragraph.id} id={paragraph.id} data-paragraph={start + offset + 1} className={styles.anchor}>
          <ArticleParagraph
            paragraph={paragraph}
            number={start + offset + 1}
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
