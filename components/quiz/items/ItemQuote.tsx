import { useTranslations } from 'next-intl';
import type { PublicQuote } from '@/lib/quiz/public-item';
import styles from '../Quiz.module.css';

/** Says that a quotation is shown in translation, after it, as the reading page does. */
export function TranslatedQuoteTag({ quote }: { quote: PublicQuote }) {
  const t = useTranslations('Quiz');
  return quote.translatedQuote ? <span className={styles.translatedTag}> ({t('translatedQuote')})</span> : null;
}

/** Words from the article, with the paragraph they come from. */
export function ItemQuote({ quote }: { quote: PublicQuote }) {
  const t = useTranslations('Quiz');
  return (
    <figure className={styles.quote}>
      <blockquote>
        {quote.text}
        <TranslatedQuoteTag quote={quote} />
      </blockquote>
      <figcaption>{t('paragraphTag', { number: quote.paragraphNumber })}</figcaption>
    </figure>
  );
}
