import { z } from 'zod';
import type { AnyQuiz, Misconception, Quiz } from './quiz-schema';
import type { GuidedReading } from './sections-schema';
import type { TeacherNotes } from './teacher-notes-schema';

/** Text that exists in every language the app speaks. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1),
  es: z.string().trim().min(1),
});

const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

export const LessonSlugSchema = IdSchema.max(100);

/** A document that backs a dated fact: its own title and publisher (in the document's language) and where to read it. */
export const CitationSchema = z.object({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  url: z.url({ protocol: /^https$/ }),
});

/** One dated event around the story, with the document that dates it. */
export const TimelineEventSchema = z.object({
  date: z.iso.date(),
  event: LocalizedTextSchema,
  source: CitationSchema,
  /** The event this article reports, highlighted in the timeline. */
  thisArticle: z.boolean().optional(),
});

/** A neutral paragraph of context with the documents it rests on. */
export const CitedTextSchema = z.object({
  text: LocalizedTextSchema,
  sources: z.array(CitationSchema).min(1),
});

/** `meta.json`: what the lesson list and the lesson header show. */
export const LessonMetaSchema = z.object({
  /**
   * The outlet's own headline, as published, in the original language; in the other language, Fuente's translation.
   * The lesson header says so under the title, so never put a headline of our own here.
   */
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  source: z.object({
    /** The outlet's name as a first mention, with its short form: "Voice of America (VOA)". */
    outlet: LocalizedTextSchema,
    published: z.string().regex(/^\d{4}-\d{2}$/, 'use YYYY-MM'),
    /** Why the lesson may reproduce the text, e.g. a public-domain note. */
    rights: LocalizedTextSchema,
    /** A line that places the story in time for today's readers. */
    context: LocalizedTextSchema,
  }),
  /** What a reader today needs around a dated story: what happened when, the law behind it, who published it. */
  background: z.object({
    timeline: z.array(TimelineEventSchema).min(1),
    law: CitedTextSchema,
    outlet: CitedTextSchema,
  }),
  originalLanguage: z.enum(['en', 'es']),
});

/** Who is speaking in a sentence: a direct quote, a paraphrase of a source, or the reporter's own voice. */
export const VoiceKindSchema = z.enum(['quote', 'paraphrase', 'reporter']);

export const VoiceSchema = z
  .object({
    kind: VoiceKindSchema,
    /** A person from `voices.json`; absent when an organization speaks as a whole, or for the reporter. */
    speaker: IdSchema.optional(),
    /** The organization the words are attributed to; absent for the reporter. */
    organization: IdSchema.optional(),
    /** The exact words in each language: the quotation itself for quotes, the attributed claim otherwise. */
    text: LocalizedTextSchema,
  })
  .refine((voice) => voice.kind === 'reporter' || voice.speaker || voice.organization, {
    message: 'a quote or paraphrase needs a speaker or an organization',
  });

export const SentenceSchema = z.object({
  id: z.string().regex(/^p\d+s\d+$/, 'use p<paragraph>s<sentence>, e.g. p1s2'),
  /** The original wording, verbatim. */
  en: z.string().min(1),
  es: z.string().min(1),
  voice: VoiceSchema,
});

export const ParagraphSchema = z.object({
  id: z.string().regex(/^p\d+$/, 'use p<number>, e.g. p3'),
  sentences: z.array(SentenceSchema).min(1),
});

/** An editor's note attached to a sentence, for problems in the source that the lesson teaches. */
export const EditorNoteSchema = z.object({
  id: IdSchema,
  sentenceId: z.string(),
  text: LocalizedTextSchema,
});

/** `article.json`: the text, sentence by sentence, in both languages. */
export const ArticleSchema = z.object({
  paragraphs: z.array(ParagraphSchema).min(1),
  notes: z.array(EditorNoteSchema),
});

export const OrganizationSchema = z.object({
  id: IdSchema,
  /** How the article describes it ("U.N. human rights office"); lower case in Spanish where it is a description. */
  name: LocalizedTextSchema,
  /** Its official name, for editor's notes and the glossary. */
  officialName: LocalizedTextSchema,
  /** A short label for charts ("OHCHR"). */
  acronym: LocalizedTextSchema,
  /** The one form shown in quiz selects and answers: name and acronym, e.g. "U.N. refugee agency (UNHCR)". */
  label: LocalizedTextSchema,
});

export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1),
  role: LocalizedTextSchema,
  organization: IdSchema,
});

/** `voices.json`: the people and organizations the article quotes or paraphrases. */
export const VoicesSchema = z.object({
  organizations: z.array(OrganizationSchema).min(1),
  people: z.array(PersonSchema).min(1),
});

export const GlossaryEntrySchema = z.object({
  id: IdSchema,
  /** The words as they appear in each version of the article (matched case-insensitively). */
  term: LocalizedTextSchema,
  /** The dictionary form shown as the entry's heading, when it differs from the words in the text ("eximir" for "exime"). */
  headword: LocalizedTextSchema.optional(),
  definition: LocalizedTextSchema,
});

/** `glossary.json`. */
export const GlossarySchema = z.array(GlossaryEntrySchema).min(1);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type LessonMeta = z.infer<typeof LessonMetaSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type CitedText = z.infer<typeof CitedTextSchema>;
export type VoiceKind = z.infer<typeof VoiceKindSchema>;
export type Voice = z.infer<typeof VoiceSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type EditorNote = z.infer<typeof EditorNoteSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Voices = z.infer<typeof VoicesSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type LessonSummary = LessonMeta & { slug: string };

/** A lesson whose files passed every check. */
export type Lesson = {
  slug: string;
  meta: LessonMeta;
  article: Article;
  voices: Voices;
  glossary: GlossaryEntry[];
  source: string;
  misconceptions: Misconception[];
  /** For the teachers' notes page only. */
  teacherNotes: TeacherNotes;
  /** Answer keys included: keep on the server. */
  quizzes: Quiz[];
  /** Sections and checkpoint questions (keys included), or null when the lesson offers no guided reading. */
  guided: GuidedReading | null;
};

/** The lesson's quizzes and its checkpoints: everything an answer may be saved to and the content check attacks. */
export function answerableQuizzes(lesson: Pick<Lesson, 'quizzes' | 'guided'>): AnyQuiz[] {
  return lesson.guided ? [...lesson.quizzes, lesson.guided.checkpoints] : lesson.quizzes;
}
