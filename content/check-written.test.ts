import { describe, expect, it } from 'vitest';
import { checkWrittenItem } from './check-written';
import type { WrittenItem } from './quiz-schema';

const both = (en: string, es: string) => ({ en, es });
const level = (label: string, en: string, es: string) => ({
  label: both(label, `${label} (es)`),
  descriptor: both(en, es),
});
const sample = (value: number, picks: string[], en: string, es: string): WrittenItem['calibration'][number] => ({
  level: value,
  picks,
  answer: both(en, es),
  why: both('It gives the reason and the sentence that shows it.', 'Da la razón y la oración que la muestra.'),
});

/** A written item that keeps every rule; each test breaks one. */
function validItem(): WrittenItem {
  return {
    id: 'why',
    type: 'written',
    paragraph: 'p2',
    prompt: both(
      'Why does the office say the policy harms children? Answer in your own words.',
      '¿Por qué dice la oficina que la política perjudica a los niños? Responde con tus propias palabras.',
    ),
    explanation: both('Because of sentence 1.', 'Por la oración 1.'),
    choices: ['p1s1', 'p2s1', 'p3s2', 'p5s1'].map((sentenceId) => ({ sentenceId })),
    evidence: ['p2s1'],
    rubric: [
      level('Not yet', 'Blank or off topic.', 'En blanco o fuera de tema.'),
      level('Beginning', 'Gives no reason from the office.', 'No da ninguna razón de la oficina.'),
      level(
        'Almost',
        'Gives a reason but picks no sentence that shows it.',
        'Da una razón pero no elige una oración que la muestre.',
      ),
      level('Full', 'Gives a reason and picks {p2s1} or {p5s1}.', 'Da una razón y elige {p2s1} o {p5s1}.'),
    ],
    modelAnswer: both(
      'It says separation violates the rights of the child.',
      'Dice que la separación viola los derechos del niño.',
    ),
    calibration: [
      sample(1, [], '', ''),
      sample(1, ['p1s1'], 'The border is in Texas.', 'La frontera está en Texas.'),
      sample(2, ['p1s1'], 'The policy is bad for the kids.', 'La política es mala para los niños.'),
      sample(2, [], 'They take children away from their parents.', 'Les quitan los niños a sus padres.'),
      sample(
        3,
        [],
        'The office says it violates the rights of the child.',
        'La oficina dice que viola los derechos del niño.',
      ),
      sample(
        3,
        ['p3s2'],
        'Detention is never good for a child, the office says.',
        'La oficina dice que la detención nunca es buena para un niño.',
      ),
      sample(
        4,
        ['p2s1'],
        'The office says that taking children from their families is arbitrary and violates their rights.',
        'La oficina dice que quitarles los hijos a las familias es arbitrario y viola sus derechos.',
      ),
      sample(
        4,
        ['p5s1', 'p3s2'],
        'The office says detention is never in the best interest of the child.',
        'La oficina dice que la detención nunca responde al interés superior del niño.',
      ),
    ],
  };
}

const check = (item: WrittenItem) => checkWrittenItem(item, 'item why', () => true);

describe('the content check of a written item', () => {
  it('passes an item whose prompt, picker, rubric and samples agree', () => {
    expect(check(validItem())).toEqual([]);
  });

  it('fails a prompt that says how many sentences to pick, which the picker says', () => {
    const item = validItem();
    item.prompt.en += ' Pick at least one sentence from the article.';
    item.prompt.es += ' Elige hasta tres oraciones del artículo.';
    expect(check(item)).toEqual([
      "item why's prompt (en) says how to pick sentences; the picker says it (1 to 3): say it in one place",
      "item why's prompt (es) says how to pick sentences; the picker says it (1 to 3): say it in one place",
    ]);
  });

  it('fails a rubric level that names a paragraph instead of sentences, or a sentence the picker does not offer', () => {
    const item = validItem();
    item.rubric[2]!.descriptor = both(
      'Gives only the view of paragraphs 3 and 4.',
      'Solo da la postura del párrafo 3.',
    );
    item.rubric[3]!.descriptor = both('Picks {p2s1} or {p9s1}.', 'Elige {p2s1} o {p9s1}.');
    expect(check(item)).toEqual([
      "item why's rubric level 3 (en) names a paragraph; name the sentences, as {p2s1}",
      "item why's rubric level 3 (es) names a paragraph; name the sentences, as {p2s1}",
      "item why's rubric level 4 names p9s1, which the picker does not offer",
      expect.stringMatching(/calibration sample 8 \(level 4\) picks none of the sentences the top level names/),
    ]);
  });

  it('fails a top level that names no sentence, though an answer must pick one', () => {
    const item = validItem();
    item.rubric[3]!.descriptor = both('Gives a reason and a sentence.', 'Da una razón y una oración.');
    expect(check(item)).toContainEqual(
      "item why's top rubric level names no sentence, but an answer must pick at least 1",
    );
  });

  it('fails a calibration set that is short, misses a level, or holds a sample its level contradicts', () => {
    const item = validItem();
    item.calibration = item.calibration.filter((entry) => entry.level !== 2);
    item.calibration[4] = { ...item.calibration[4]!, picks: [] };
    item.calibration[5]!.answer = both(
      'La oficina dice que la detención nunca es buena.',
      'The office says detention is never good.',
    );
    expect(check(item)).toEqual([
      'item why has 6 calibration samples; it needs at least 8',
      "item why's calibration set has no sample at level 2",
      "item why's calibration sample 5 (level 4) picks 0 sentences; the top level needs at least 1",
      "item why's calibration sample 5 (level 4) picks none of the sentences the top level names",
      "item why's calibration sample 6 (level 4)'s answer (en) does not read as English",
      "item why's calibration sample 6 (level 4)'s answer (es) does not read as Spanish",
    ]);
  });

  it('fails a full-level sample longer than three sentences', () => {
    const item = validItem();
    item.calibration[6]!.answer.en = 'It is arbitrary. It violates rights. It harms the child. It must stop.';
    expect(check(item)).toEqual([
      "item why's calibration sample 7 (level 4)'s answer (en) has 4 sentences; a full answer has 1 to 3",
    ]);
  });
});
