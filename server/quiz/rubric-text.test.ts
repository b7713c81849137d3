import { describe, expect, it } from 'vitest';
import { getLesson } from '../lessons';
import { withSentenceReferences } from './rubric-text';

const lesson = getLesson('zero-tolerance')!;

describe('a rubric’s sentence references', () => {
  it('are written out as the sentence’s opening words and paragraph, in the reader’s language', () => {
    const tag = (number: number) => `Paragraph ${number}`;
    expect(withSentenceReferences(lesson, 'Picks {p2s1} or {p4s1}.', 'en', tag)).toBe(
      'Picks “The UNHCR calls this separation of family arbitrary…” (Paragraph 2) or “She told VOA there is no justification for…” (Paragraph 4).',
    );
    expect(withSentenceReferences(lesson, 'Elige {p5s6}.', 'es', (number) => `Párrafo ${number}`)).toMatch(
      /^Elige “[^“”]+” \(Párrafo 5\)\.$/,
    );
  });

  it('leaves a text without references as it is', () => {
    expect(withSentenceReferences(lesson, 'Blank or off topic.', 'en', String)).toBe('Blank or off topic.');
  });
});
