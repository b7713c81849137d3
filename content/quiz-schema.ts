import { z } from 'zod';
import { MAX_EVIDENCE_PICKS } from './written-limits';
import { LocalizedTextSchema, VoiceKindSchema } from './lesson-schema';

// Quiz files hold answer keys and explanations: only server code may read them (server/quiz/public-quiz.ts).

/** Upper bounds the item analysis's SQL relies on (server/teacher/quiz-counts.ts): raise them there too. */
export const MAX_MULTIPLE_OPTIONS = 8;
export const MAX_ROWS = 6;

const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');
const ParagraphIdSchema = z.string().regex(/^p\d+$/, 'use a paragraph id such as p3');
const SentenceIdSchema = z.string().regex(/^p\d+s\d+$/, 'use a sentence id such as p3s2');

/** Words from the article, in both languages; the content check finds them verbatim in the named sentence. */
export const ArticleQuoteSchema = z.object({ sentenceId: SentenceIdSchema, text: LocalizedTextSchema });

const ItemBase = {
  id: IdSchema,
  prompt: LocalizedTextSchema,
  /** Why the right answer is right, citing the paragraph it comes from. */
  explanation: LocalizedTextSchema,
  /** The paragraph the explanation cites; the results link to it. */
  paragraph: ParagraphIdSchema,
  /** An article passage shown with the prompt, when the question is about specific words. */
  quote: ArticleQuoteSchema.optional(),
};

export const OptionSchema = z.object({
  id: IdSchema,
  text: LocalizedTextSchema,
  correct: z.boolean().default(false),
  /** Required on wrong options: the misunderstanding that choosing it suggests. */
  misconception: IdSchema.optional(),
});

export const SingleChoiceItemSchema = z.object({
  ...ItemBase,
  type: z.literal('single'),
  options: z.array(OptionSchema).min(2).max(6),
});
export const MultipleSelectItemSchema = z.object({
  ...ItemBase,
  type: z.literal('multiple'),
  options: z.array(OptionSchema).min(3).max(MAX_MULTIPLE_OPTIONS),
});
export const TrueFalseItemSchema = z.object({
  ...ItemBase,
  type: z.literal('truefalse'),
  answer: z.boolean(),
  /** The misunderstanding that the wrong answer suggests. */
  misconception: IdSchema,
});
export const EvidenceItemSchema = z.object({
  ...ItemBase,
  type: z.literal('evidence'),
  /** The sentences offered; the student picks the one that supports the statement in the prompt. */
  choices: z
    .array(z.object({ sentenceId: SentenceIdSchema, misconception: IdSchema.optional() }))
    .min(3)
    .max(8),
  /** The sentence(s) that count as the evidence. */
  answer: z.array(SentenceIdSchema).min(1),
});
export const MatchingItemSchema = z.object({
  ...ItemBase,
  type: z.literal('matching'),
  /** What the student picks for each row: the speaker, the organization, or both. */
  fields: z
    .array(z.enum(['speaker', 'organization']))
    .min(1)
    .max(2),
  rows: z
    .array(
      z.object({
        id: IdSchema,
        /** A quotation (matched to who said it) or absent when the row is a person (matched to an organization). */
        quote: ArticleQuoteSchema.optional(),
        /** The person the row is about, when the row names a person instead of quoting. */
        person: IdSchema.optional(),
        /** For a person row: the paragraph that names the person and their organization, for the row's feedback. */
        paragraph: ParagraphIdSchema.optional(),
        answer: z.object({ speaker: IdSchema.optional(), organization: IdSchema.optional() }),
      }),
    )
    .min(2)
    .max(MAX_ROWS),
});
export const ClassificationItemSchema = z.object({
  ...ItemBase,
  type: z.literal('classification'),
  rows: z
    .array(z.object({ id: IdSchema, quote: ArticleQuoteSchema, answer: VoiceKindSchema }))
    .min(2)
    .max(MAX_ROWS),
});

/**
 * A sentence named in a rubric or a calibration note: `{p2s1}`. Pages write it out as the sentence's opening words and
 * its paragraph (server/quiz/public-quiz.ts, `withSentenceReferences`); a rubric names sentences, never whole paragraphs.
 */
export const SENTENCE_REFERENCE = /\{(p\d+s\d+)\}/g;

/** One level of a written item's rubric: a short name and what an answer at that level does. */
export const RubricLevelSchema = z.object({ label: LocalizedTextSchema, descriptor: LocalizedTextSchema });

/** The fewest sample answers a written item's calibration set holds, across its levels. */
export const MIN_CALIBRATION_SAMPLES = 8;

/** A sample answer with the rubric level it earns and why: what lets two teachers score alike. */
export const CalibrationSampleSchema = z.object({
  /** The rubric level (1 = the lowest) this answer earns. */
  level: z.number().int().min(1).max(4),
  /** The sentences the sample picked as evidence. */
  picks: z.array(SentenceIdSchema).max(MAX_EVIDENCE_PICKS),
  /** The same answer in each language, as a student writing in it would put it. */
  answer: LocalizedTextSchema,
  /** Why it earns that level, in the rubric's terms; may name sentences as {p2s1}. */
  why: LocalizedTextSchema,
});

export const WrittenItemSchema = z.object({
  ...ItemBase,
  type: z.literal('written'),
  /** The article's sentences the evidence picker offers; the student may pick up to MAX_EVIDENCE_PICKS of them. */
  choices: z
    .array(z.object({ sentenceId: SentenceIdSchema }))
    .min(4)
    .max(8),
  /** The sentences a full answer would use (some of `choices`), shown to the teacher beside each answer. */
  evidence: z.array(SentenceIdSchema).min(1).max(MAX_EVIDENCE_PICKS),
  /** From the lowest level (1) to the highest. The teacher scores each answer with one level. */
  rubric: z.array(RubricLevelSchema).min(3).max(4),
  /** An answer at the highest level, shown to the student once the teacher has returned the scores. */
  modelAnswer: LocalizedTextSchema,
  /** Sample answers across the levels, shown on the teacher's scoring page (content/check-written.ts checks them). */
  calibration: z.array(CalibrationSampleSchema),
});

export const QuizItemSchema = z.discriminatedUnion('type', [
  SingleChoiceItemSchema,
  MultipleSelectItemSchema,
  TrueFalseItemSchema,
  EvidenceItemSchema,
  MatchingItemSchema,
  ClassificationItemSchema,
  WrittenItemSchema,
]);

/** The quizzes every lesson has (content/lesson-files.ts `QUIZ_IDS`): what students take, teachers score and count. */
export const QuizIdSchema = z.enum(['comprehension', 'attribution']);

/**
 * Guided reading's checkpoint questions (`quizzes/checkpoints.json`, optional, with `sections.json`): saved and graded
 * like a quiz's answers, but no quiz of their own for students or teachers (server/teacher/counted-attempts.ts).
 */
export const CHECKPOINT_QUIZ_ID = 'checkpoints';
/** Every quiz id an answer may be saved to: the lesson's quizzes and its checkpoints. */
export const AnswerQuizIdSchema = z.enum([...QuizIdSchema.options, CHECKPOINT_QUIZ_ID]);

/** `quizzes/<quiz id>.json` in a lesson folder. */
export const QuizSchema = z.object({
  id: QuizIdSchema,
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  items: z.array(QuizItemSchema).min(10),
});

/** `quizzes/checkpoints.json`: one or two items per section of sections.json (content/check-sections.ts). */
export const CheckpointQuizSchema = QuizSchema.extend({
  id: z.literal(CHECKPOINT_QUIZ_ID),
  items: z.array(QuizItemSchema).min(1),
});

/**
 * A mix-up on matching and classification rows, which have no options to tag: choosing one of `chosen` for a
 * row whose right answer is one of `right` (never the same value) suggests the misconception.
 */
export const ConfusionSchema = z.object({
  field: z.enum(['speaker', 'organization', 'kind']),
  right: z.array(z.string()).min(1),
  chosen: z.array(z.string()).min(1),
});

/**
 * `misconceptions.json`: the labels the teacher dashboard shows for wrong answers, and for each a next step in plain
 * words, addressed to the student, which their report (and its family version) gives for the mix-ups they made.
 */
export const MisconceptionsSchema = z
  .array(
    z.object({
      id: IdSchema,
      label: LocalizedTextSchema,
      nextStep: LocalizedTextSchema,
      confusions: z.array(ConfusionSchema).optional(),
    }),
  )
  .min(1);

export type QuizId = z.infer<typeof QuizIdSchema>;
export type AnswerQuizId = z.infer<typeof AnswerQuizIdSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
export type CheckpointQuiz = z.infer<typeof CheckpointQuizSchema>;
/** A quiz's or the checkpoints' items: what grading, saving and the content check work on. */
export type AnyQuiz = Quiz | CheckpointQuiz;
export type QuizItem = z.infer<typeof QuizItemSchema>;
export type QuizItemType = QuizItem['type'];
export type SingleChoiceItem = z.infer<typeof SingleChoiceItemSchema>;
export type MultipleSelectItem = z.infer<typeof MultipleSelectItemSchema>;
export type TrueFalseItem = z.infer<typeof TrueFalseItemSchema>;
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
export type MatchingItem = z.infer<typeof MatchingItemSchema>;
export type ClassificationItem = z.infer<typeof ClassificationItemSchema>;
export type WrittenItem = z.infer<typeof WrittenItemSchema>;
/** Graded when answered or submitted; a written item waits for its teacher instead. */
export type AutoGradedItem = Exclude<QuizItem, WrittenItem>;
export const isAutoGraded = (item: QuizItem): item is AutoGradedItem => item.type !== 'written';
export type Misconception = z.infer<typeof MisconceptionsSchema>[number];
