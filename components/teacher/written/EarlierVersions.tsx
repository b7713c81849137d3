import { getTranslations } from 'next-intl/server';
import type { EarlierVersion } from '@/lib/dashboard/written-scoring';
import styles from './WrittenScoring.module.css';

type Props = {
  versions: EarlierVersion[];
  /** The rubric's level names, in the teacher's language. */
  levels: string[];
  sentence: (id: string) => string;
};

/** The versions of an answer before its revision: each text as the student wrote it, the level and comment it got. */
export async function EarlierVersions({ versions, levels, sentence }: Props) {
  const t = await getTranslations('WrittenScoring');
  if (!versions.length) return null;
  return (
    <section aria-labelledby="earlier-versions" className={styles.versions}>
      <h3 id="earlier-versions">{t('earlierHeading')}</h3>
      {versions.map((version) => (
        <div key={version.version}>
          <p className={styles.versionHeading}>
            {t('versionHeading', { number: version.version })}
            {version.late && ` · ${t('late')}`}
          </p>
          <p className={styles.studentText} lang={version.response.language}>
            {version.response.text}
          </p>
          {version.response.evidence.length > 0 && (
            <ul>
              {version.response.evidence.map((id) => (
                <li key={id}>{sentence(id)}</li>
              ))}
            </ul>
          )}
          <p>{t('versionLevel', { number: version.level, label: levels[version.level - 1] ?? '' })}</p>
          {version.comment && <p className={styles.studentText}>{t('versionComment', { comment: version.comment })}</p>}
        </div>
      ))}
    </section>
  );
}
