import { z } from 'zod';
import { MAX_MULTIPLE_OPTIONS, MAX_ROWS, type QuizItem } from '@/content/quiz-schema';
import { MAX_EVIDENCE_PICKS, MAX_WRITTEN_CHARACTERS, writtenLength } from '@/content/written-limits';
import { withoutInvisible } from '@/lib/plain-text';

const Id = z.string().min(1).max(60);

/** Answers keyed by row id: no item has more than MAX_ROWS rows, so a longer answer is refused before its ids are read. */
function rowsOf<Value extends z.ZodType>(value: Value) {
  return z.record(Id, value).refine((rows) => Object.keys(rows).length <= MAX_ROWS, { message: 'too many rows' });
}

/** What a student can send for each item type. Shapes only: ids are checked against the item below. */
export const SingleResponseSchema = z.object({ optionId: Id }).strict();
export const MultipleResponseSchema = z.object({ optionIds: z.array(Id).max(MAX_MULTIPLE_OPTIONS) }).strict();
export const TrueFalseResponseSchema = z.object({ value: z.boolean() }).strict();
export const EvidenceResponseSchema = z.object({ sentenceId: Id }).strict();
export const MatchingResponseSchema = z
  .object({ rows: rowsOf(z.object({ speaker: Id.optional(), organization: Id.optional() }).strict()) })
  .strict();
export const ClassificationResponseSchema = z
  .object({ rows: rowsOf(z.enum(['quote', 'paraphrase', 'reporter'])) })
  .strict();

/**
 * A written answer as the student typed it, the sentences they picked as evidence, and the language they wrote in
 * (either, whatever the page's language). The text is stored as given, without invisible characters
 * (lib/plain-text.ts), and always shown as plain text.
 */
export const WrittenResponseSchema = z
  .object({
    // UTF-16 units, a first bound before the characters are counted below.
    text: z.string().max(MAX_WRITTEN_CHARACTERS * 2),
    evidence: z.array(Id).max(MAX_EVIDENCE_PICKS),
    language: z.enum(['en', 'es']),
  })
  .strict();

/**
 * Control characters other than line breaks and tabs, and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that can make a teacher read a text in another order than it was written: refused.
 */
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;
/** Half of a surrogate pair on its own: not text, and PostgreSQL's jsonb refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type SingleResponse = z.infer<typeof SingleResponseSchema>;
export type MultipleResponse = z.infer<typeof MultipleResponseSchema>;
export type TrueFalseResponse = z.infer<typeof TrueFalseResponseSchema>;
export type EvidenceResponse = z.infer<typeof EvidenceResponseSchema>;
export type MatchingResponse = z.infer<typeof MatchingResponseSchema>;
export type ClassificationResponse = z.infer<typeof ClassificationResponseSchema>;
export type WrittenResponse = z.infer<typeof WrittenResponseSchema>;
export type ItemResponse =
  | SingleResponse
  | MultipleResponse
  | TrueFalseResponse
  | EvidenceResponse
  | MatchingResponse
  | ClassificationResponse
  | WrittenResponse;

/** The people and organizations a matching answer may name. */
export type VoiceIds = { people: ReadonlySet<string>; organizations: ReadonlySet<string> };

export type ParsedResponse = { ok: true; response: ItemResponse } | { ok: false; problem: 'shape' | 'unknown-id' };

/** Validates a response against its item: the right shape, and only ids the item offers. */
export function parseResponse(item: QuizItem, raw: unknown, voices: VoiceIds): ParsedResponse {
  const unknown = { ok: false, problem: 'unknown-id' } as const;
  const shape = { ok: false, problem: 'shape' } as const;
  switch (item.type) {
    case 'single': {
      const parsed = SingleResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      return item.options.some((option) => option.id === parsed.data.optionId)
        ? { ok: true, response: parsed.data }
        : unknown;
    }
    case 'multiple': {
      const parsed = MultipleResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      const ids = new Set(item.options.map((option) => option.id));
      const chosen = [...new Set(parsed.data.optionIds)];
      return chosen.every((id) => ids.has(id)) ? { ok: true, response: { optionIds: chosen } } : unknown;
    }
    case 'truefalse': {
      const parsed = TrueFalseResponseSchema.safeParse(raw);
      return parsed.success ? { ok: true, response: parsed.data } : shape;
    }
    case 'evidence': {
      const parsed = EvidenceResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      return item.choices.some((choice) => choice.sentenceId === parsed.data.sentenceId)
        ? { ok: true, response: parsed.data }
        : unknown;
    }
    case 'matching': {
      const parsed = MatchingResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      const rowIds = new Set(item.rows.map((row) => row.id));
      for (const [rowId, choice] of Object.entries(parsed.data.rows)) {
        if (!rowIds.has(rowId)) return unknown;
        if (choice.speaker !== undefined && (!item.fields.includes('speaker') || !voices.people.has(choice.speaker)))
          return unknown;
        if (
          choice.organization !== undefined &&
          (!item.fields.includes('organization') || !voices.organizations.has(choice.organization))
        ) {
          return unknown;
        }
      }
      return { ok: true, response: parsed.data };
    }
    case 'classification': {
      const parsed = ClassificationResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      const rowIds = new Set(item.rows.map((row) => row.id));
      return Object.keys(parsed.data.rows).every((rowId) => rowIds.has(rowId))
        ? { ok: true, response: parsed.data }
        : unknown;
    }
    case 'written': {
      const parsed = WrittenResponseSchema.safeParse(raw);
      if (!parsed.success) return shape;
      const { text, evidence } = parsed.data;
      if (writtenLength(text) > MAX_WRITTEN_CHARACTERS || !isPlainText(text)) return shape;
      const offered = new Set(item.choices.map((choice) => choice.sentenceId));
      if (!evidence.every((id) => offered.has(id))) return unknown;
      // Refused above: what only a forged request sends. Stripped here: the invisible characters a paste brings along.
      return { ok: true, response: { ...parsed.data, text: withoutInvisible(text), evidence: [...new Set(evidence)] } };
    }
  }
}

/** Whether a text is free of hidden controls and broken characters: what a written answer or a comment must be. */
export function isPlainText(text: string): boolean {
  return !HIDDEN_CONTROLS.test(text) && !LONE_SURROGATE.test(text);
}

/** Whether a written response has words in it: an empty one is no answer, and scores zero without the teacher. */
export function hasWrittenText(response: ItemResponse | null | undefined): boolean {
  return !!response && 'text' in response && response.text.trim() !== '';
}
