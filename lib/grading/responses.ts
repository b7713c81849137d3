import { z } from 'zod';
import { MAX_MULTIPLE_OPTIONS, MAX_ROWS, type QuizItem } from '@/content/quiz-schema';

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

export type SingleResponse = z.infer<typeof SingleResponseSchema>;
export type MultipleResponse = z.infer<typeof MultipleResponseSchema>;
export type TrueFalseResponse = z.infer<typeof TrueFalseResponseSchema>;
export type EvidenceResponse = z.infer<typeof EvidenceResponseSchema>;
export type MatchingResponse = z.infer<typeof MatchingResponseSchema>;
export type ClassificationResponse = z.infer<typeof ClassificationResponseSchema>;
export type ItemResponse =
  SingleResponse | MultipleResponse | TrueFalseResponse | EvidenceResponse | MatchingResponse | ClassificationResponse;

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
  }
}
