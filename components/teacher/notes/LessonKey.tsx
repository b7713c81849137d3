import { getTranslations } from 'next-intl/server';
import type { LessonReadability } from '@/lib/lesson-stats';
import type { AnswerKeyQuiz, MisconceptionGuideEntry } from '@/lib/answer-key-entries';
import styles from '../TeacherNotes.module.css';

// The parts of the teacher notes made from the lesson itself rather than written in teacher-notes.json: the measured
// reading level, the answer key and the misconception guide. Server components: nothing here reaches a student.

/** The text's measured length and reading level in both languages (lib/lesson-stats.ts). */
export async function ReadingLevel({ readability }: { readability: LessonReadability }) {
  const t = await getTranslations('TeacherNotes');
  return (
    <section aria-labelledby="notes-reading-level" className={styles.section}>
      <h2 id="notes-reading-level">{t('readingLevel')}</h2>
      <ul className={styles.list}>
        <li>{t('levelEnglish', readability.en)}</li>
        <li>{t('levelSpanish', readability.es)}</li>
      </ul>
    </section>
  );
}

/** Every question's right answer and the paragraph that shows it, quiz by quiz, for printing. */
export async function AnswerKey({ quizzes }: { quizzes: AnswerKeyQuiz[] }) {
  const t = await getTranslations('TeacherNotes');
  return (
    <section aria-labelledby="notes-answer-key" className={styles.section}>
      <h2 id="notes-answer-key">{t('answerKey')}</h2>
      <p>{t('answerKeyHelp')}</p>
      {quizzes.map((quiz) => (
        <section key={quiz.id} aria-labelledby={`notes-key-${quiz.id}`}>
          <h3 id={`notes-key-${quiz.id}`}>{quiz.title}</h3>
          <ol className={styles.list}>
            {quiz.items.map((item) => (
              <li key={item.number} value={item.number}>
                <p className={styles.keyPrompt}>{item.prompt}</p>
                <p>
                  {item.written ? t('modelAnswer') : t('rightAnswer')} {item.answer.join(' · ')} (
                  {t('paragraph', { number: item.paragraph })})
                </p>
                {item.traps.length > 0 && (
                  <p className={styles.sources}>{t('traps', { labels: item.traps.join('; ') })}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** What each wrong choice may show, and the questions where it shows up. */
export async function MisconceptionGuide({ entries }: { entries: MisconceptionGuideEntry[] }) {
  const t = await getTranslations('TeacherNotes');
  return (
    <section aria-labelledby="notes-misconceptions" className={styles.section}>
      <h2 id="notes-misconceptions">{t('misconceptionGuide')}</h2>
      <p>{t('misconceptionGuideHelp')}</p>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.label}>
            {entry.label}
            {entry.where.length > 0 && (
              <span className={styles.sources}>
                {' '}
                ({entry.where.map(({ quiz, numbers }) => t('where', { quiz, numbers: numbers.join(', ') })).join('; ')})
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
