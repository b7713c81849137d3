import { getTranslations } from 'next-intl/server';
import type { VoiceRow } from '@/lib/quiz/result-items';
import styles from '../Quiz.module.css';

type Props = { rows: VoiceRow[]; language: 'en' | 'es' };

/** The attribution quiz's table: every quotation and paraphrase in the article, and who it belongs to. */
export async function WhoSaidWhat({ rows, language }: Props) {
  const t = await getTranslations('QuizResults');
  const tQuiz = await getTranslations('Quiz');
  return (
    <section aria-labelledby="who-said-what" className={styles.whoSaidWhat}>
      <h2 id="who-said-what">{t('whoSaidWhat')}</h2>
      <p>{t('whoSaidWhatIntro')}</p>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-labelledby="who-said-what">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.paragraph')}</th>
              <th scope="col">{t('columns.words')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col">{t('columns.speaker')}</th>
              <th scope="col">{t('columns.organization')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.paragraphNumber}-${row.words}`}>
                <td>{row.paragraphNumber}</td>
                <td lang={language}>“{row.words}”</td>
                <td>{tQuiz(`kinds.${row.kind}`)}</td>
                <td>{row.speaker ?? t('organizationOnly')}</td>
                <td>{row.organization}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
