import { getTranslations } from 'next-intl/server';
import { languageRuns } from '@/content/language-runs';
import type { TeacherNotes } from '@/content/teacher-notes-schema';
import { SourceLine } from '@/components/ui/SourceLine';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LessonReadability } from '@/lib/lesson-stats';
import type { AnswerKeyQuiz, MisconceptionGuideEntry } from '@/lib/answer-key-entries';
import { AnswerKey, MisconceptionGuide, ReadingLevel } from './notes/LessonKey';
import styles from './TeacherNotes.module.css';

type Props = {
  notes: TeacherNotes;
  lesson: { slug: string; title: string; readability: LessonReadability };
  /** Made from the quizzes (server/teacher/answer-key.ts). */
  answers: { quizzes: AnswerKeyQuiz[]; misconceptions: MisconceptionGuideEntry[] };
  locale: Locale;
};

/** Note text with the words in the other language marked, so screen readers switch voice for them. */
function NoteText({ text }: { text: string }) {
  return languageRuns(text).map((run, index) =>
    run.lang ? (
      <span key={index} lang={run.lang}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

/**
 * The lesson's teaching notes, laid out for the screen and for paper: the measured reading level, one section per
 * heading of teacher-notes.json, then the answer key and the misconception guide.
 */
export async function TeacherNotesView({ notes, lesson, answers, locale }: Props) {
  const t = await getTranslations('TeacherNotes');
  return (
    <article aria-labelledby="teacher-notes-title" className={styles.notes}>
      <h1 id="teacher-notes-title">{t('title')}</h1>
      <p className={styles.lesson}>
        {t('lesson')} <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
      </p>
      <p className="no-print">{t('intro')}</p>
      <ReadingLevel readability={lesson.readability} />
      {notes.sections.map((section) => {
        const headingId = `notes-${section.id}`;
        const List = section.numbered ? 'ol' : 'ul';
        return (
          <section key={section.id} aria-labelledby={headingId} className={styles.section}>
            <h2 id={headingId}>
              <NoteText text={section.title[locale]} />
            </h2>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>
                <NoteText text={paragraph[locale]} />
              </p>
            ))}
            {section.items.length > 0 && (
              <List className={styles.list}>
                {section.items.map((item, index) => (
                  <li key={index}>
                    <NoteText text={item[locale]} />
                  </li>
                ))}
              </List>
            )}
            {section.sources.length > 0 && (
              <SourceLine
                label={t('sources')}
                sources={section.sources}
                className={styles.sources}
                printUrlClassName={styles.printUrl}
              />
            )}
          </section>
        );
      })}
      <AnswerKey quizzes={answers.quizzes} />
      <MisconceptionGuide entries={answers.misconceptions} />
    </article>
  );
}
