import { describe, expect, it } from 'vitest';
import type { PublicItem } from '@/lib/quiz/public-item';
import { getLesson } from '../lessons';
import { toPublicQuiz } from './public-quiz';

const lesson = getLesson('zero-tolerance')!;
const itemOf = (language: 'en' | 'es', id: string) =>
  toPublicQuiz(lesson, 'attribution', language, 7)!.items.find((item) => item.id === id)!;

describe('written items in the browser', () => {
  it('carry the prompt and the sentences to pick from, never the rubric, the model answer or the evidence to pick', () => {
    const quiz = toPublicQuiz(lesson, 'comprehension', 'en', 7)!;
    const item = quiz.items.find((candidate) => candidate.id === 'c-written-harms-children')!;
    expect(Object.keys(item).sort()).toEqual(['choices', 'id', 'prompt', 'type']);
    const source = lesson.quizzes
      .find((candidate) => candidate.id === 'comprehension')!
      .items.find((candidate) => candidate.id === item.id) as Extract<
      (typeof lesson.quizzes)[number]['items'][number],
      { type: 'written' }
    >;
    const sent = JSON.stringify(quiz);
    expect(sent).not.toContain(source.modelAnswer.en);
    for (const level of source.rubric) expect(sent).not.toContain(level.descriptor.en);
    expect(source.calibration.length).toBeGreaterThanOrEqual(8);
    for (const sample of source.calibration) {
      expect(sent).not.toContain(sample.why.en);
      // A sample that copies a sentence of the article (a level-1 answer) is on the page anyway, as a choice.
      const copied = lesson.article.paragraphs.some((paragraph) =>
        paragraph.sentences.some((sentence) => sample.answer.en.includes(sentence.en)),
      );
      if (!copied) expect(sent).not.toContain(sample.answer.en);
    }
    expect(sent).not.toContain(source.explanation.en);
  });
});

describe('quotations shown in translation', () => {
  it('marks a source’s quotation in Spanish, in evidence choices and matching rows, and nothing in English', () => {
    const evidence = itemOf('es', 'a-evidence-not-detained') as Extract<PublicItem, { type: 'evidence' }>;
    const marked = evidence.choices.filter((choice) => choice.translatedQuote).map((choice) => choice.sentenceId);
    expect(marked).toEqual(['p5s2', 'p5s4']); // the two choices that are Shamdasani's quoted words; p1s2, p3s2, p7s2 are not
    const matching = itemOf('es', 'a-match-claims-quotes') as Extract<PublicItem, { type: 'matching' }>;
    expect(matching.rows.filter((row) => row.quote?.translatedQuote).map((row) => row.id)).toEqual([
      'administrative',
      'flee',
    ]);
    const english = itemOf('en', 'a-evidence-not-detained') as Extract<PublicItem, { type: 'evidence' }>;
    expect(english.choices.some((choice) => choice.translatedQuote)).toBe(false);
  });

  it('leaves classification rows unmarked, since the mark would tell a quotation from a paraphrase', () => {
    const classification = itemOf('es', 'a-classify-voices-1') as Extract<PublicItem, { type: 'classification' }>;
    expect(classification.rows.map((row) => row.quote.translatedQuote)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(JSON.stringify(classification)).not.toContain('translatedQuote');
  });
});
