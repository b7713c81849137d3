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
