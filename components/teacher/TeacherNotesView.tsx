import { getTranslations } from 'next-intl/server';
import { languageRuns } from '@/content/language-runs';
import type { Citation } from '@/content/lesson-schema';
import type { TeacherNotes } from '@/content/teacher-notes-schema';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LessonReadability } from '@/lib/lesson-stats';
import type { AnswerKeyQuiz, MisconceptionGuideEntry } from '@/lib/answer-key';
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
 * The documents a section rests on, as the lesson page's timeline lists them: in English, whatever the page's language,
 * with the address written out on paper, where a link cannot be followed.
 */
function SourceLine({ label, sources }: { label: string; sources: Citation[] }) {
  return (
    <p className={styles.sources}>
      {label}{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && '; '}
          <a href={source.url} rel="noreferrer" lang="en">
            {source.title}
          </a>{' '}
          (<span lang="en">{source.publisher}</span>)<span className={styles.printUrl}> {source.url}</span>
        </span>
      ))}
    </p>
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
            {section.sources.length > 0 && <SourceLine label={t('sources')} sources={section.sources} />}
          </section>
        );
      })}
      <AnswerKey quizzes={answers.quizzes} />
      <MisconceptionGuide entries={answers.misconceptions} />
    </article>
  );
}
