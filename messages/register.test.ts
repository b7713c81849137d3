import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import es from './es.json';

// Fuente speaks to everyone in Spanish with tú, students and teachers alike (docs/content.md, "Editorial decisions"). This
// finds the forms of usted a writer reaches for out of habit: the pronoun and the formal imperatives of the verbs the
// app and the teacher notes use. Words inside quotation marks are someone else's (Sessions's "Si usted…") and stay.

const IMPERATIVES =
  'haga|elija|escriba|pulse|introduzca|revise|compruebe|seleccione|comparta|pida|anote|utilice|use|asigne|muestre|' +
  'explique|proyecte|recuerde|considere|tenga en cuenta|abra|cierre|guarde|copie|descargue|imprima|active|desactive|' +
  'comience|empiece|lea|deje|añada|agregue|cambie|elimine|borre|regístrese|escoja|dedique|divida|pregunte|vea|vuelva';
// An imperative opens its sentence or clause; the same form after "que" is a subjunctive ("hasta que elimine"), not usted.
const FORMAL = new RegExp(
  String.raw`(?<![\p{L}])ustede?s?(?![\p{L}])|(?:^|[.:;!?¡¿(—]\s*)(?:${IMPERATIVES})(?![\p{L}])`,
  'iu',
);

/** Every Spanish string of a JSON value, with quotations (“…”, «…») taken out. */
function spanishTexts(value: unknown, inSpanish = false): string[] {
  if (typeof value === 'string') return inSpanish ? [value.replace(/“[^”]*”|«[^»]*»/g, '…')] : [];
  if (Array.isArray(value)) return value.flatMap((entry) => spanishTexts(entry, inSpanish));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => spanishTexts(entry, inSpanish || key === 'es'));
  return [];
}

const lessonsDir = path.join(process.cwd(), 'content', 'lessons');
const lessonFiles = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.json'))
  .map((file) => path.join(lessonsDir, file));

describe('Spanish register', () => {
  it('is tú throughout the interface', () => {
    expect(spanishTexts(es, true).filter((text) => FORMAL.test(text))).toEqual([]);
  });

  it('is tú throughout the lesson content and the teacher notes', () => {
    for (const file of lessonFiles) {
      const texts = spanishTexts(JSON.parse(readFileSync(file, 'utf8')));
      expect(
        texts.filter((text) => FORMAL.test(text)),
        path.relative(process.cwd(), file),
      ).toEqual([]);
    }
  });

  it('finds a formal form a writer might slip in', () => {
    expect(FORMAL.test('Elija un nivel para cada respuesta.')).toBe(true);
    expect(FORMAL.test('Antes de calificar: lea las muestras.')).toBe(true);
    expect(FORMAL.test('Puede usted proyectar el código.')).toBe(true);
    expect(FORMAL.test('Elige un nivel para cada respuesta.')).toBe(false);
    expect(FORMAL.test('Hasta que el docente elimine su cuenta.')).toBe(false);
    expect(spanishTexts({ es: 'Sessions dijo: “Si usted pasa a un niño…”' }).some((text) => FORMAL.test(text))).toBe(
      false,
    );
  });
});
