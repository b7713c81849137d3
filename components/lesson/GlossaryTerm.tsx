import type { GlossaryEntry } from '@/content/lesson-schema';
import { headwordOf } from '@/lib/glossary-marks';
import styles from './Reading.module.css';

type Props = {
  entry: GlossaryEntry;
  language: 'en' | 'es';
  text: string;
  labels: { otherLanguageTerm: string; close: string };
};

/**
 * A glossary term that opens its definition in a popover. It uses the HTML popover attribute, so it needs no
 * JavaScript; the glossary list at the end of the page holds the same definitions for browsers without popovers.
 */
export function GlossaryTerm({ entry, language, text, labels }: Props) {
  const id = `definition-${language}-${entry.id}`;
  const other = language === 'en' ? 'es' : 'en';
  return (
    <>
      <button type="button" className={styles.term} popoverTarget={id}>
        {text}
      </button>
      <span id={id} popover="auto" role="dialog" aria-label={headwordOf(entry, language)} className={styles.popover}>
        <strong className={styles.popoverTerm}>{headwordOf(entry, language)}</strong>
        <span className={styles.popoverDefinition}>{entry.definition[language]}</span>
        <span className={styles.popoverOther}>
          {labels.otherLanguageTerm} <span lang={other}>{headwordOf(entry, other)}</span>
        </span>
        <button type="button" className={styles.popoverClose} popoverTarget={id} popoverTargetAction="hide">
          {labels.close}
        </button>
      </span>
    </>
  );
}
