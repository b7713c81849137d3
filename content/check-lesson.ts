import type { z } from 'zod';
import {
  ArticleSchema,
  GlossarySchema,
  LessonMetaSchema,
  LessonSlugSchema,
  VoicesSchema,
  type Article,
  type GlossaryEntry,
  answerableQuizzes,
  type Lesson,
  type LessonMeta,
  type Voices,
} from './lesson-schema';
import { findTerm } from './find-term';
import { checkQuiz, includesVerbatim } from './check-quizzes';
import { checkTestWiseness } from './check-testwise';
import {
  CheckpointQuizSchema,
  MisconceptionsSchema,
  QuizSchema,
  type AnyQuiz,
  type Misconception,
} from './quiz-schema';
import { checkSections } from './check-sections';
import { SectionsSchema, type GuidedReading } from './sections-schema';
import { LESSON_FILES, QUIZ_IDS, type LessonFiles } from './lesson-files';
import { TeacherNotesSchema } from './teacher-notes-schema';

export type LessonCheck = { ok: true; lesson: Lesson } | { ok: false; errors: string[] };

/** Validates a lesson folder and cross-checks its files; every problem becomes one precise message. */
export function checkLesson(files: LessonFiles): LessonCheck {
  const errors: string[] = [];
  const where = (file: string) => `${files.slug}/${file}`;
  const parse = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      errors.push(`${where(file)}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return undefined;
  };

  const slug = LessonSlugSchema.safeParse(files.slug);
  if (!slug.success) errors.push(`${files.slug}: the folder name ${slug.error.issues[0]?.message}`);
  const meta = parse(LessonMetaSchema, files.meta, LESSON_FILES.meta);
  const article = parse(ArticleSchema, files.article, LESSON_FILES.article);
  const voices = parse(VoicesSchema, files.voices, LESSON_FILES.voices);
  const glossary = parse(GlossarySchema, files.glossary, LESSON_FILES.glossary);
  const misconceptions = parse(MisconceptionsSchema, files.misconceptions, LESSON_FILES.misconceptions);
  const teacherNotes = parse(TeacherNotesSchema, files.teacherNotes, LESSON_FILES.teacherNotes);
  const quizzes = QUIZ_IDS.map((id) => parse(QuizSchema, files.quizzes[id], `${LESSON_FILES.quizzes}/${id}.json`));
  quizzes.forEach((quiz, index) => {
    if (quiz && quiz.id !== QUIZ_IDS[index])
      errors.push(`${where(`${LESSON_FILES.quizzes}/${QUIZ_IDS[index]}.json`)}: id must be "${QUIZ_IDS[index]}"`);
  });
  const guided = parseGuided(files, parse);
  if (
    guided === undefined ||
    !meta ||
    !article ||
    !voices ||
    !glossary ||
    !misconceptions ||
    !teacherNotes ||
    !quizzes.every((quiz) => quiz !== undefined)
  ) {
    return { ok: false, errors };
  }

  const answerable = answerableQuizzes({ quizzes, guided });
  errors.push(
    ...checkBackground(meta).map((message) => `${where(LESSON_FILES.meta)}: ${message}`),
    ...checkEnglishMatchesSource(article, files.source).map((message) => `${where(LESSON_FILES.article)}: ${message}`),
    ...checkIds(article).map((message) => `${where(LESSON_FILES.article)}: ${message}`),
    ...checkTranslations(article).map((message) => `${where(LESSON_FILES.article)}: ${message}`),
    ...checkVoices(article, voices).map((message) => `${where(LESSON_FILES.article)}: ${message}`),
    ...checkVoiceDirectory(voices).map((message) => `${where(LESSON_FILES.voices)}: ${message}`),
    ...checkGlossary(article, glossary).map((message) => `${where(LESSON_FILES.glossary)}: ${message}`),
    ...checkConfusions(misconceptions, voices).map((message) => `${where(LESSON_FILES.misconceptions)}: ${message}`),
    ...checkItemIdsAcrossQuizzes(answerable).map((message) => `${where(LESSON_FILES.quizzes)}: ${message}`),
    ...answerable.flatMap((quiz) =>
      [...checkQuiz(quiz, article, voices, misconceptions), ...checkTestWiseness(quiz, article)].map(
        (message) => `${where(`${LESSON_FILES.quizzes}/${quiz.id}.json`)}: ${message}`,
      ),
    ),
    ...(guided ? checkSections(guided.sections, guided.checkpoints, article) : []).map(
      (message) => `${where(LESSON_FILES.sections)}: ${message}`,
    ),
  );
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    lesson: {
      slug: files.slug,
      meta,
      article,
      voices,
      glossary,
      source: files.source,
      misconceptions,
      teacherNotes,
      quizzes,
      guided,
    },
  };
}

/**
 * Guided reading's two files, parsed: null when the folder has neither, undefined when one is missing or invalid
 * (the errors say which).
 */
function parseGuided(
  files: LessonFiles,
  parse: <T>(schema: z.ZodType<T>, value: unknown, file: string) => T | undefined,
): GuidedReading | null | undefined {
  if (files.sections === undefined && files.checkpoints === undefined) return null;
  const sections = parse(SectionsSchema, files.sections ?? null, LESSON_FILES.sections);
  const checkpoints = parse(CheckpointQuizSchema, files.checkpoints ?? null, LESSON_FILES.checkpoints);
  return sections && checkpoints ? { sections: sections.sections, checkpoints } : undefined;
}

/**
 * An item id names one item in the whole lesson: a save names only its item, and the server finds the item (to parse
 * and grade the answer) before it reads the attempt (server/quiz/attempts.ts).
 */
export function checkItemIdsAcrossQuizzes(quizzes: AnyQuiz[]): string[] {
  const quizOf = new Map<string, string>();
  const errors: string[] = [];
  for (const quiz of quizzes)
    for (const item of quiz.items) {
      const other = quizOf.get(item.id);
      if (other && other !== quiz.id) errors.push(`item id ${item.id} is used in ${other} and in ${quiz.id}`);
      quizOf.set(item.id, quiz.id);
    }
  return errors;
}

const quote = (text: string) => `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;

/** The English sentences, joined back with single spaces and blank lines, must be the source file exactly. */
export function checkEnglishMatchesSource(article: Article, source: string): string[] {
  const expected = source.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n\n');
  const actual = article.paragraphs.map((paragraph) => paragraph.sentences.map((sentence) => sentence.en).join(' '));
  const errors: string[] = [];
  for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
    const want = expected[index];
    const have = actual[index];
    const id = article.paragraphs[index]?.id ?? `paragraph ${index + 1}`;
    if (want === undefined) errors.push(`${id} is not in ${LESSON_FILES.source}`);
    else if (have === undefined)
      errors.push(`paragraph ${index + 1} of ${LESSON_FILES.source} is missing: ${quote(want)}`);
    else if (want !== have) {
      let at = 0;
      while (want[at] === have[at]) at += 1;
      errors.push(
        `the English text of ${id} differs from ${LESSON_FILES.source} at character ${at + 1}: expected ${quote(want.slice(at))}, found ${quote(have.slice(at))}`,
      );
    }
  }
  return errors;
}

/** Paragraph ids p1, p2…; sentence ids p<paragraph>s1, s2…; every id once; notes point at real sentences. */
export function checkIds(article: Article): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const once = (id: string, what: string) => {
    if (seen.has(id)) errors.push(`${what} id ${id} is used twice`);
    seen.add(id);
  };
  for (const paragraph of article.paragraphs) {
    once(paragraph.id, 'paragraph');
    for (const sentence of paragraph.sentences) {
      once(sentence.id, 'sentence');
      if (!sentence.id.startsWith(`${paragraph.id}s`))
        errors.push(`sentence ${sentence.id} is in paragraph ${paragraph.id}; its id must start with ${paragraph.id}s`);
    }
  }
  for (const note of article.notes) {
    once(note.id, 'note');
    if (!seen.has(note.sentenceId))
      errors.push(`note ${note.id} points at sentence ${note.sentenceId}, which does not exist`);
  }
  return errors;
}

/** Each sentence exists in both languages: a Spanish text that equals the English one was never translated. */
export function checkTranslations(article: Article): string[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.sentences
      .filter((sentence) => sentence.es.trim() === sentence.en.trim())
      .map((sentence) => `sentence ${sentence.id} has no Spanish translation (its "es" repeats the English)`),
  );
}

/** The timeline reads in date order and marks one event as this article's, in the month the article was published. */
export function checkBackground(meta: LessonMeta): string[] {
  const errors: string[] = [];
  const { timeline } = meta.background;
  timeline.forEach((event, index) => {
    const previous = timeline[index - 1];
    if (previous && event.date < previous.date)
      errors.push(
        `the timeline event of ${event.date} comes after that of ${previous.date}; keep the timeline in date order`,
      );
  });
  const own = timeline.filter((event) => event.thisArticle);
  if (own.length !== 1) errors.push(`the timeline marks ${own.length} events as this article's; mark exactly one`);
  else if (!own[0]!.date.startsWith(meta.source.published)) {
    errors.push(
      `the timeline dates this article's event ${own[0]!.date}, but the article was published in ${meta.source.published}`,
    );
  }
  return errors;
}

/** Annotated words occur verbatim in their sentence, in both languages, and name real people and organizations. */
export function checkVoices(article: Article, voices: Voices): string[] {
  const people = new Map(voices.people.map((person) => [person.id, person]));
  const organizations = new Set(voices.organizations.map((organization) => organization.id));
  const errors: string[] = [];
  for (const sentence of article.paragraphs.flatMap((paragraph) => paragraph.sentences)) {
    const { voice } = sentence;
    for (const language of ['en', 'es'] as const) {
      if (!includesVerbatim(sentence[language], voice.text[language])) {
        errors.push(
          `the ${voice.kind} annotated on sentence ${sentence.id} (${language}) does not occur verbatim in it: ${quote(voice.text[language])}`,
        );
      }
    }
    if (voice.speaker && !people.has(voice.speaker))
      errors.push(`sentence ${sentence.id} names speaker "${voice.speaker}", who is not in ${LESSON_FILES.voices}`);
    if (voice.organization && !organizations.has(voice.organization)) {
      errors.push(
        `sentence ${sentence.id} names organization "${voice.organization}", which is not in ${LESSON_FILES.voices}`,
      );
    }
    const person = voice.speaker ? people.get(voice.speaker) : undefined;
    if (person && voice.organization && person.organization !== voice.organization) {
      errors.push(
        `sentence ${sentence.id} attributes ${person.name} to "${voice.organization}", but ${LESSON_FILES.voices} says "${person.organization}"`,
      );
    }
  }
  return errors;
}

/** People belong to organizations that exist; ids are unique. */
export function checkVoiceDirectory(voices: Voices): string[] {
  const errors: string[] = [];
  const organizations = new Set<string>();
  for (const organization of voices.organizations) {
    if (organizations.has(organization.id)) errors.push(`organization id ${organization.id} is used twice`);
    organizations.add(organization.id);
  }
  const people = new Set<string>();
  for (const person of voices.people) {
    if (people.has(person.id)) errors.push(`person id ${person.id} is used twice`);
    people.add(person.id);
    if (!organizations.has(person.organization))
      errors.push(`${person.name} belongs to organization "${person.organization}", which does not exist`);
  }
  return errors;
}

/** Every glossary term occurs in the article, the English term in English and the Spanish term in Spanish. */
export function checkGlossary(article: Article, glossary: GlossaryEntry[]): string[] {
  const sentences = article.paragraphs.flatMap((paragraph) => paragraph.sentences);
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const entry of glossary) {
    if (ids.has(entry.id)) errors.push(`glossary id ${entry.id} is used twice`);
    ids.add(entry.id);
    for (const language of ['en', 'es'] as const) {
      if (!sentences.some((sentence) => findTerm(sentence[language], entry.term[language]) >= 0)) {
        errors.push(
          `the ${language} term ${quote(entry.term[language])} (${entry.id}) does not occur in the ${language === 'en' ? 'English' : 'Spanish'} text`,
        );
      }
    }
  }
  return errors;
}

/** A confusion may only name people, organizations or voice kinds that exist. */
function checkConfusions(misconceptions: Misconception[], voices: Voices): string[] {
  const known = {
    speaker: new Set(voices.people.map((person) => person.id)),
    organization: new Set(voices.organizations.map((organization) => organization.id)),
    kind: new Set(['quote', 'paraphrase', 'reporter']),
  };
  return misconceptions.flatMap((misconception) =>
    (misconception.confusions ?? []).flatMap((confusion) =>
      [...confusion.right, ...confusion.chosen]
        .filter((id) => !known[confusion.field].has(id))
        .map((id) => `${misconception.id}: "${id}" is not a known ${confusion.field}`),
    ),
  );
}
