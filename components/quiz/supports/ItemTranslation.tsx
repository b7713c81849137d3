'use client';

import { useTranslations } from 'next-intl';
import type { PublicItem } from '@/lib/quiz/public-item';
import { useQuizSupports } from './quiz-supports-context';
import styles from '../Quiz.module.css';

/** The words of an item a student reads: its prompt, then its options, sentences or rows. */
function itemTexts(item: PublicItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple':
      return item.options.map((option) => option.text);
    case 'evidence':
      return item.choices.map((choice) => choice.text);
    case 'matching':
    case 'classification':
      return item.rows.flatMap((row) => (row.quote ? [row.quote.text] : []));
    case 'truefalse':
    case 'written':
      // True or false needs no words of its own; a written answer's sentences are the whole article.
      return [];
  }
}

/**
 * The item in the other language, one click away, for a student whose profile asks for it: a disclosure, so that it
 * opens without JavaScript too. Only to read: the answer is given in the form above it.
 */
export function ItemTranslation({ itemId }: { itemId: string }) {
  const t = useTranslations('Quiz.translation');
  const { translation } = useQuizSupports();
  const item = translation?.items[itemId];
  if (!translation || !item) return null;
  const texts = itemTexts(item);
  return (
    <details className={styles.translation}>
      <summary>{t('summary', { language: translation.language })}</summary>
      <div lang={translation.language}>
        <p>{item.prompt}</p>
        {texts.length > 0 && (
          <ul>
            {texts.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
