import type { EditorNote, Paragraph } from '@/content/lesson-schema';
import type { TextSegment } from '@/lib/glossary-marks';
import { SentenceText } from './SentenceText';
import styles from './Reading.module.css';

export type ArticleLabels = {
  paragraphLink: (number: number) => string;
  translatedQuote: string;
  noteMarker: string;
  editorsNote: string;
  /** Popover labels ("In Spanish:", "Close"), in the language of the text the term is in. */
  otherLanguageTerm: Record<'en' | 'es', string>;
  close: Record<'en' | 'es', string>;
};

type Props = {
  paragraph: Paragraph;
  number: number;
  language: 'en' | 'es';
  segments: Map<string, TextSegment[]>;
  notes: EditorNote[];
  labels: ArticleLabels;
  /** Sentences can take focus in the bilingual view, where focusing one highlights its twin. */
  focusableSentences?: boolean;
};

/** One numbered paragraph, sentence by sentence, with glossary terms and editor's note markers. */
export function ArticleParagraph({ paragraph, number, language, segments, notes, labels, focusableSentences }: Props) {
  return (
    <p className={styles.paragraph} lang={language}>
      <a href={`#${paragraph.id}`} className={styles.number} aria-label={labels.paragraphLink(number)}>
        {number}
      </a>{' '}
      {paragraph.sentences.map((sentence) => {
        const note = notes.find((candidate) => candidate.sentenceId === sentence.id);
        // In Spanish every quotation is our translation: say so where the quotation closes.
        const closesTranslatedQuote = language === 'es' && sentence.voice.kind === 'quote' && sentence.es.includes('”');
        return (
          <span key={sentence.id}>
            <span
              className={styles.sentence}
              data-sentence={sentence.id}
              data-lang={language}
              tabIndex={focusableSentences ? 0 : undefined}
            >
              <SentenceText
                segments={segments.get(sentence.id) ?? [{ text: sentence[language] }]}
                language={language}
                labels={{ otherLanguageTerm: labels.otherLanguageTerm[language], close: labels.close[language] }}
              />
            </span>
            {closesTranslatedQuote && <span className={styles.translatedTag}> ({labels.translatedQuote})</span>}
            {note && (
              <a href={`#note-${note.id}`} className={styles.noteRef} aria-label={labels.editorsNote}>
                [{labels.noteMarker}]
              </a>
            )}{' '}
          </span>
        );
      })}
    </p>
  );
}

/** The editor's notes that belong to a paragraph, shown right after it. */
export function ParagraphNotes({
  paragraph,
  notes,
  language,
  labels,
}: Pick<Props, 'paragraph' | 'notes' | 'language' | 'labels'>) {
  const own = notes.filter((note) => paragraph.sentences.some((sentence) => sentence.id === note.sentenceId));
  return own.map((note) => (
    <aside key={note.id} id={`note-${note.id}`} className={styles.note} aria-label={labels.editorsNote}>
      <strong>{labels.editorsNote}:</strong> <span lang={language}>{note.text[language]}</span>
    </aside>
  ));
}
