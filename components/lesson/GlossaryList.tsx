import type { GlossaryEntry } from '@/content/lesson-schema';
import { headwordOf } from '@/lib/glossary-marks';
import styles from './Reading.module.css';

type Props = {
  glossary: GlossaryEntry[];
  language: 'en' | 'es';
  heading: string;
  intro: string;
  otherLanguageTerm: string;
};

/** Every definition as a plain list: reachable without JavaScript or popovers, and printable. */
export function GlossaryList({ glossary, language, heading, intro, otherLanguageTerm }: Props) {
  const other = language === 'en' ? 'es' : 'en';
  const sorted = [...glossary].sort((a, b) => headwordOf(a, language).localeCompare(headwordOf(b, language), language));
  return (
    <section aria-labelledby="glossary-heading" className={styles.glossary}>
      <h2 id="glossary-heading">{heading}</h2>
      <p>{intro}</p>
      <dl>
        {sorted.map((entry) => (
          <div key={entry.id} id={`glossary-${entry.id}`} className={styles.glossaryEntry}>
            <dt>{headwordOf(entry, language)}</dt>
            <dd>
              {entry.definition[language]}{' '}
              <span className={styles.otherTerm}>
                {otherLanguageTerm} <span lang={other}>{headwordOf(entry, other)}</span>
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
