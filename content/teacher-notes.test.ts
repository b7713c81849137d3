import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check-lesson';
import { languageRuns } from './language-runs';
import { LESSONS_DIR, readLessonFiles } from './lesson-files';
import { TeacherNotesSchema, type TeacherNotes } from './teacher-notes-schema';

const LESSON = 'zero-tolerance';
const realNotes = () => readLessonFiles(path.join(LESSONS_DIR, LESSON)).teacherNotes as TeacherNotes;

/** Every issue as "path: message", the way the content check reports it. */
const issues = (value: unknown) => {
  const result = TeacherNotesSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('teacher notes', () => {
  it('parses the real notes, and every heading, paragraph and item has text in both languages', () => {
    const notes = TeacherNotesSchema.parse(realNotes());
    expect(notes.sections.map((section) => section.id)).toEqual([
      'goals',
      'standards',
      'time-two-periods',
      'time-one-period',
      'supports',
      'feedback-settings',
      'agency-mix-up',
      'administration',
      'discussion',
      'written-answers',
      'sensitivity',
    ]);
    for (const section of notes.sections) {
      expect(section.paragraphs.length + section.items.length, section.id).toBeGreaterThan(0);
      for (const text of [section.title, ...section.paragraphs, ...section.items]) {
        for (const language of ['en', 'es'] as const)
          expect(text[language].trim(), `${section.id} (${language})`).not.toBe('');
      }
    }
  });

  it('cites the documents behind what officials said and behind the outlet’s correction, in https', () => {
    const notes = TeacherNotesSchema.parse(realNotes());
    for (const id of ['administration', 'agency-mix-up']) {
      const section = notes.sections.find((candidate) => candidate.id === id)!;
      expect(section.sources.length, id).toBeGreaterThan(0);
    }
    const section = { id: 'goals', title: { en: 'Goals', es: 'Objetivos' }, items: [{ en: 'Read it.', es: 'Léalo.' }] };
    const source = { title: 'A report', publisher: 'A publisher', url: 'http://example.com/report' };
    expect(issues({ sections: [{ ...section, sources: [source] }] })).toEqual([
      expect.stringMatching(/^sections\.0\.sources\.0\.url: /),
    ]);
    expect(TeacherNotesSchema.parse({ sections: [section] }).sections[0]!.sources).toEqual([]);
  });

  it('is part of the content check, which reports a missing Spanish text with its file and place', () => {
    const files = readLessonFiles(path.join(LESSONS_DIR, LESSON));
    const notes = structuredClone(files.teacherNotes) as { sections: { items: Record<string, string>[] }[] };
    delete notes.sections[4]!.items[2]!.es;
    const result = checkLesson({ ...files, teacherNotes: notes });
    // Other files' problems would be listed too; this one must be there, naming the file and the place.
    expect(result.ok ? [] : result.errors).toContain(
      `${LESSON}/teacher-notes.json: sections.4.items.2.es: Invalid input: expected string, received undefined`,
    );
  });

  it('rejects a section without text, an id used twice and markup other than language marks', () => {
    const section = (id: string, extra: object = {}) => ({ id, title: { en: 'Goals', es: 'Objetivos' }, ...extra });
    const text = { en: 'Read it.', es: 'Léalo.' };
    expect(issues({ sections: [section('goals')] })).toEqual([
      'sections.0: a section needs at least one paragraph or list item',
    ]);
    expect(issues({ sections: [section('goals', { items: [{ en: 'Read it.', es: 'Read it.' }] })] })).toEqual([
      'sections.0.items.0.es: the Spanish repeats the English: it was never translated',
    ]);
    expect(issues({ sections: [section('goals', { items: [text] }), section('goals', { items: [text] })] })).toEqual([
      'sections.1.id: section id goals is used twice',
    ]);
    expect(
      issues({ sections: [section('goals', { paragraphs: [{ en: 'The <b>UNHCR</b>', es: 'El <en>UNHCR</en>' }] })] }),
    ).toEqual([
      'sections.0.paragraphs.0.en: mark words in the other language as <en>…</en> or <es>…</es>; no other markup',
    ]);
    expect(
      issues({
        sections: [section('goals', { paragraphs: [{ en: 'OHCHR (<es>ACNUDH</es>', es: 'ACNUDH (<en>OHCHR)' }] })],
      }),
    ).toEqual([
      'sections.0.paragraphs.0.es: mark words in the other language as <en>…</en> or <es>…</es>; no other markup',
    ]);
  });
});

describe('language marks', () => {
  it('splits marked words out with their language and keeps the rest as plain text', () => {
    expect(languageRuns('OHCHR (<es>ACNUDH</es> in Spanish) and <es>ACNUR</es>')).toEqual([
      { text: 'OHCHR (' },
      { text: 'ACNUDH', lang: 'es' },
      { text: ' in Spanish) and ' },
      { text: 'ACNUR', lang: 'es' },
    ]);
    expect(languageRuns('No marks here.')).toEqual([{ text: 'No marks here.' }]);
  });
});
