import { useTranslations } from 'next-intl';
import type { PublicQuote } from '@/lib/quiz/public-item';
import styles from '../Quiz.module.css';

/** Words from the article, with the paragraph they come from. */
export function ItemQuote({ quote }: { quote: PublicQuote }) {
  const t = useTranslations('Quiz');
  return (
    <figure className={styles.quote}>
      <blockquote>{quote.text}</blockquote>
      <figcaption>{t('paragraphTag', { number: quote.paragraphNumber })}</figcaption>
    </figure>
  );
}
