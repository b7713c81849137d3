import { describe, expect, it } from 'vitest';
import { hasAnswer, responseFromForm } from './form-response';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('responseFromForm', () => {
  it('reads each item type from its fields', () => {
    expect(responseFromForm('single', form([['optionId', 'a']]))).toEqual({ optionId: 'a' });
    expect(
      responseFromForm(
        'multiple',
        form([
          ['optionIds', 'a'],
          ['optionIds', 'c'],
        ]),
      ),
    ).toEqual({ optionIds: ['a', 'c'] });
    expect(responseFromForm('truefalse', form([['value', 'false']]))).toEqual({ value: false });
    expect(responseFromForm('evidence', form([['sentenceId', 'p6s1']]))).toEqual({ sentenceId: 'p6s1' });
    expect(
      responseFromForm(
        'matching',
        form([
          ['row.r1.speaker', 'spindler'],
          ['row.r1.organization', 'unhcr'],
          ['row.r2.speaker', ''],
        ]),
      ),
    ).toEqual({ rows: { r1: { speaker: 'spindler', organization: 'unhcr' } } });
    expect(
      responseFromForm(
        'classification',
        form([
          ['row.a', 'quote'],
          ['row.b', 'reporter'],
        ]),
      ),
    ).toEqual({ rows: { a: 'quote', b: 'reporter' } });
  });

  it('reads a written answer, its picked sentences and its language, with line breaks as a browser with JavaScript sends them', () => {
    const posted = form([
      ['text', 'First line.\r\nSecond line.'],
      ['evidence', 'p2s1'],
      ['evidence', 'p5s1'],
      ['language', 'es'],
    ]);
    expect(responseFromForm('written', posted)).toEqual({
      text: 'First line.\nSecond line.',
      evidence: ['p2s1', 'p5s1'],
      language: 'es',
    });
    expect(
      hasAnswer(
        responseFromForm(
          'written',
          form([
            ['text', '  '],
            ['language', 'en'],
          ]),
        ),
      ),
    ).toBe(false);
    expect(
      hasAnswer(
        responseFromForm(
          'written',
          form([
            ['text', 'Yes.'],
            ['language', 'en'],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      hasAnswer(
        responseFromForm(
          'written',
          form([
            ['evidence', 'p1s1'],
            ['language', 'en'],
          ]),
        ),
      ),
    ).toBe(true);
  });

  it('passes odd values through for the server to refuse', () => {
    expect(responseFromForm('truefalse', form([['value', 'maybe']]))).toEqual({ value: 'maybe' });
  });

  it('knows an untouched form is not an answer', () => {
    expect(hasAnswer(responseFromForm('single', form([])))).toBe(false);
    expect(hasAnswer(responseFromForm('multiple', form([])))).toBe(false);
    expect(hasAnswer(responseFromForm('matching', form([['row.r1.speaker', '']])))).toBe(false);
    expect(hasAnswer(responseFromForm('truefalse', form([['value', 'false']])))).toBe(true);
  });
});
