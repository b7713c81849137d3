import { describe, expect, it } from 'vitest';
import type { AutoGradedItem, QuizItem } from '@/content/quiz-schema';
import { attemptPoints, gradeItem } from './grade-item';
import { parseResponse, type ItemResponse } from './responses';

const text = (en: string) => ({ en, es: `${en} (es)` });
const base = { prompt: text('Prompt'), explanation: text('Because paragraph 1 says so.'), paragraph: 'p1' };
const voices = {
  people: new Set(['shamdasani', 'spindler', 'sessions']),
  organizations: new Set(['ohchr', 'unhcr', 'doj']),
};

const single: QuizItem = {
  ...base,
  id: 'single',
  type: 'single',
  options: [
    { id: 'right', text: text('Right'), correct: true },
    { id: 'wrong', text: text('Wrong'), correct: false, misconception: 'confuses-ohchr-unhcr' },
  ],
};
const multiple: QuizItem = {
  ...base,
  id: 'multiple',
  type: 'multiple',
  options: [
    { id: 'a', text: text('A'), correct: true },
    { id: 'b', text: text('B'), correct: true },
    { id: 'c', text: text('C'), correct: false, misconception: 'overgeneralizes' },
    { id: 'd', text: text('D'), correct: false, misconception: 'outside-knowledge' },
  ],
};
const trueFalse: QuizItem = {
  ...base,
  id: 'tf',
  type: 'truefalse',
  answer: false,
  misconception: 'sessions-as-critic',
};
const evidence: QuizItem = {
  ...base,
  id: 'evidence',
  type: 'evidence',
  choices: [
    { sentenceId: 'p6s1' },
    { sentenceId: 'p1s1', misconception: 'confuses-ohchr-unhcr' },
    { sentenceId: 'p2s2', misconception: 'misses-evidence' },
  ],
  answer: ['p6s1'],
};
const matching: QuizItem = {
  ...base,
  id: 'matching',
  type: 'matching',
  fields: ['speaker', 'organization'],
  rows: [
    {
      id: 'r1',
      quote: { sentenceId: 'p5s3', text: text('At most') },
      answer: { speaker: 'shamdasani', organization: 'ohchr' },
    },
    {
      id: 'r2',
      quote: { sentenceId: 'p7s2', text: text('last resort') },
      answer: { speaker: 'spindler', organization: 'unhcr' },
    },
  ],
};
const orgMatching: QuizItem = {
  ...base,
  id: 'org-matching',
  type: 'matching',
  fields: ['organization'],
  rows: [
    { id: 'sessions', person: 'sessions', answer: { organization: 'doj' } },
    { id: 'spindler', person: 'spindler', answer: { organization: 'unhcr' } },
  ],
};
const classification: QuizItem = {
  ...base,
  id: 'classification',
  type: 'classification',
  rows: [
    { id: 'q', quote: { sentenceId: 'p5s2', text: text('Entering') }, answer: 'quote' },
    { id: 'p', quote: { sentenceId: 'p3s2', text: text('children') }, answer: 'paraphrase' },
    { id: 'r', quote: { sentenceId: 'p2s2', text: text('ratified') }, answer: 'reporter' },
    { id: 'x', quote: { sentenceId: 'p10s3', text: text('debate') }, answer: 'reporter' },
  ],
};

const grade = (item: AutoGradedItem, response: ItemResponse | null) => gradeItem(item, response);

describe('single choice', () => {
  it('scores the right option 1 and a wrong option 0 with its misconception', () => {
    expect(grade(single, { optionId: 'right' })).toEqual({ score: 1, correct: true, misconceptions: [] });
    expect(grade(single, { optionId: 'wrong' })).toEqual({
      score: 0,
      correct: false,
      misconceptions: ['confuses-ohchr-unhcr'],
    });
  });
});

describe('multiple select', () => {
  it('gives full credit only for exactly the right options', () => {
    expect(grade(multiple, { optionIds: ['a', 'b'] })).toEqual({ score: 1, correct: true, misconceptions: [] });
  });
  it('gives half credit for half the right options', () => {
    expect(grade(multiple, { optionIds: ['a'] })).toEqual({ score: 0.5, correct: false, misconceptions: [] });
  });
  it('takes a share back for each wrong option, never below zero, naming the misconceptions', () => {
    expect(grade(multiple, { optionIds: ['a', 'b', 'c'] })).toEqual({
      score: 0.5,
      correct: false,
      misconceptions: ['overgeneralizes'],
    });
    expect(grade(multiple, { optionIds: ['a', 'c', 'd'] })).toEqual({
      score: 0,
      correct: false,
      misconceptions: ['overgeneralizes', 'outside-knowledge'],
    });
    expect(grade(multiple, { optionIds: [] })).toEqual({ score: 0, correct: false, misconceptions: [] });
  });
});

describe('true/false', () => {
  it('grades both answers', () => {
    expect(grade(trueFalse, { value: false })).toEqual({ score: 1, correct: true, misconceptions: [] });
    expect(grade(trueFalse, { value: true })).toEqual({
      score: 0,
      correct: false,
      misconceptions: ['sessions-as-critic'],
    });
  });
});

describe('evidence', () => {
  it('grades by sentence id', () => {
    expect(grade(evidence, { sentenceId: 'p6s1' })).toEqual({ score: 1, correct: true, misconceptions: [] });
    expect(grade(evidence, { sentenceId: 'p1s1' })).toEqual({
      score: 0,
      correct: false,
      misconceptions: ['confuses-ohchr-unhcr'],
    });
    expect(grade(evidence, { sentenceId: 'p2s2' })).toEqual({
      score: 0,
      correct: false,
      misconceptions: ['misses-evidence'],
    });
  });
});

describe('matching', () => {
  it('gives full credit when every pair is right', () => {
    const result = grade(matching, {
      rows: {
        r1: { speaker: 'shamdasani', organization: 'ohchr' },
        r2: { speaker: 'spindler', organization: 'unhcr' },
      },
    });
    expect(result.score).toBe(1);
    expect(result.correct).toBe(true);
  });

  it('gives partial credit per pair and names each error', () => {
    const result = grade(matching, {
      rows: {
        r1: { speaker: 'shamdasani', organization: 'unhcr' },
        r2: { speaker: 'shamdasani', organization: 'unhcr' },
      },
    });
    expect(result.rows).toEqual([
      { rowId: 'r1', score: 0.5, correct: false, error: 'right-person-wrong-organization' },
      { rowId: 'r2', score: 0.5, correct: false, error: 'right-organization-wrong-person' },
    ]);
    expect(result.score).toBe(0.5);
    expect(result.correct).toBe(false);
  });

  it('names a row with both wrong, and a row left empty', () => {
    const result = grade(matching, { rows: { r1: { speaker: 'sessions', organization: 'doj' } } });
    expect(result.rows).toEqual([
      { rowId: 'r1', score: 0, correct: false, error: 'wrong-person-and-organization' },
      { rowId: 'r2', score: 0, correct: false, error: 'missing' },
    ]);
    expect(result.score).toBe(0);
  });

  it('names a wrong organization when only organizations are matched', () => {
    const result = grade(orgMatching, {
      rows: { sessions: { organization: 'doj' }, spindler: { organization: 'ohchr' } },
    });
    expect(result.rows).toEqual([
      { rowId: 'sessions', score: 1, correct: true },
      { rowId: 'spindler', score: 0, correct: false, error: 'wrong-organization' },
    ]);
    expect(result.score).toBe(0.5);
  });
});

describe('classification', () => {
  it('gives credit per row and marks wrong and missing rows', () => {
    const result = grade(classification, { rows: { q: 'quote', p: 'quote', r: 'reporter' } });
    expect(result.rows).toEqual([
      { rowId: 'q', score: 1, correct: true },
      { rowId: 'p', score: 0, correct: false, error: 'wrong-kind' },
      { rowId: 'r', score: 1, correct: true },
      { rowId: 'x', score: 0, correct: false, error: 'missing' },
    ]);
    expect(result.score).toBe(0.5);
    expect(grade(classification, { rows: { q: 'quote', p: 'paraphrase', r: 'reporter', x: 'reporter' } }).correct).toBe(
      true,
    );
  });
});

describe('unanswered items and attempt totals', () => {
  it('scores a missing response zero', () => {
    for (const item of [single, multiple, trueFalse, evidence, matching, classification])
      expect(grade(item, null).score).toBe(0);
  });

  it('adds item scores out of the number of items, leaving out the written answers that wait for a score', () => {
    expect(attemptPoints([1, 0.5, 0, 0])).toEqual({ pointsEarned: 1.5, pointsPossible: 4 });
    expect(attemptPoints([1, null, 2 / 3, 0])).toEqual({ pointsEarned: 1.667, pointsPossible: 3 });
  });
});

describe('parseResponse', () => {
  it('accepts well-formed responses that name only what the item offers', () => {
    expect(parseResponse(single, { optionId: 'right' }, voices)).toEqual({ ok: true, response: { optionId: 'right' } });
    expect(parseResponse(multiple, { optionIds: ['a', 'a', 'b'] }, voices)).toEqual({
      ok: true,
      response: { optionIds: ['a', 'b'] },
    });
    expect(parseResponse(matching, { rows: { r1: { speaker: 'spindler', organization: 'ohchr' } } }, voices).ok).toBe(
      true,
    );
    expect(parseResponse(classification, { rows: { q: 'paraphrase' } }, voices).ok).toBe(true);
  });

  it.each([
    [single, { optionId: 'nope' }, 'unknown-id'],
    [single, { optionId: 3 }, 'shape'],
    [single, { optionId: 'right', extra: true }, 'shape'],
    [multiple, { optionIds: ['a', 'zzz'] }, 'unknown-id'],
    [multiple, { optionIds: Array.from({ length: 50 }, () => 'a') }, 'shape'],
    [trueFalse, { value: 'false' }, 'shape'],
    [evidence, { sentenceId: 'p9s9' }, 'unknown-id'],
    [matching, { rows: { r9: { speaker: 'spindler' } } }, 'unknown-id'],
    [matching, { rows: { r1: { speaker: 'obama' } } }, 'unknown-id'],
    [orgMatching, { rows: { sessions: { speaker: 'sessions' } } }, 'unknown-id'],
    [classification, { rows: { q: 'opinion' } }, 'shape'],
    [classification, null, 'shape'],
  ] as const)('refuses %#: %j', (item, raw, problem) => {
    expect(parseResponse(item as QuizItem, raw, voices)).toEqual({ ok: false, problem });
  });

  // Each oversized answer is made of ids the item does offer (or would be refused for an unknown id anyway), so only
  // the size limit can refuse it as 'shape': without the limit, the first two would be 'unknown-id' and the list ok.
  it.each([
    ['a list of 10,000 offered options', multiple, { optionIds: Array.from({ length: 10_000 }, () => 'a') }],
    ['an option id of 100,000 characters', single, { optionId: 'r'.repeat(100_000) }],
    [
      '5,000 made-up rows',
      classification,
      { rows: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`r${i}`, 'quote'])) },
    ],
    [
      '7 rows of a matching answer',
      matching,
      { rows: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`r${i}`, {}])) },
    ],
  ] as const)('refuses %s for its size', (_label, item, raw) => {
    expect(parseResponse(item as QuizItem, raw, voices)).toEqual({ ok: false, problem: 'shape' });
  });
});
