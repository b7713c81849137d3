import { z } from 'zod';
import { hasOnlyLanguageMarks } from './language-runs';
import { CitationSchema, LocalizedTextSchema } from './lesson-schema';

const MARKS_MESSAGE = 'mark words in the other language as <en>…</en> or <es>…</es>; no other markup';

/** A note's text in every language; words in the other language may be marked <en>…</en> or <es>…</es>. */
const NoteTextSchema = LocalizedTextSchema.extend({
  en: LocalizedTextSchema.shape.en.refine(hasOnlyLanguageMarks, MARKS_MESSAGE),
  es: LocalizedTextSchema.shape.es.refine(hasOnlyLanguageMarks, MARKS_MESSAGE),
}).refine((text) => text.es !== text.en, {
  path: ['es'],
  message: 'the Spanish repeats the English: it was never translated',
});

/** One section of the notes: a heading, paragraphs of prose, then an optional list and the documents it rests on. */
export const TeacherNotesSectionSchema = z
  .object({
    /** Becomes the section heading's HTML id, so it must be unique in the file. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
    title: NoteTextSchema,
    paragraphs: z.array(NoteTextSchema).default([]),
    items: z.array(NoteTextSchema).default([]),
    /** Numbered lists suit steps and questions a teacher refers to by number. */
    numbered: z.boolean().default(false),
    /**
     * The documents behind what the section reports beyond the article (what officials said, what changed since),
     * listed under it like the timeline's sources. The text names who said what and when, so each claim can be
     * matched to its document.
     */
    sources: z.array(CitationSchema).default([]),
  })
  .refine((section) => section.paragraphs.length + section.items.length > 0, {
    message: 'a section needs at least one paragraph or list item',
  });

/** `teacher-notes.json`: the lesson's notes for teachers, shown on a page only signed-in teachers can open. */
export const TeacherNotesSchema = z.object({
  sections: z
    .array(TeacherNotesSectionSchema)
    .min(1)
    .superRefine((sections, context) => {
      const seen = new Set<string>();
      sections.forEach((section, index) => {
        if (seen.has(section.id))
          context.addIssue({ code: 'custom', path: [index, 'id'], message: `section id ${section.id} is used twice` });
        seen.add(section.id);
      });
    }),
});

export type TeacherNotesSection = z.infer<typeof TeacherNotesSectionSchema>;
export type TeacherNotes = z.infer<typeof TeacherNotesSchema>;
