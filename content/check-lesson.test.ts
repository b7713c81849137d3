import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from './check-lesson';
import { LESSONS_DIR, readLessonFiles, type LessonFiles } from './lesson-files';
import type { Article, GlossaryEntry, LessonMeta, Voices } from './lesson-schema';
import type { Quiz, QuizItem } from './quiz-schema';

const LESSON = 'zero-tolerance';
const real = () => readLessonFiles(path.join(LESSONS_DIR, LESSON));

/** A broken fixture: the real lesson with one thing changed. */
function broken(
  change: (files: LessonFiles & { article: Article; voices: Voices; glossary: GlossaryEntry[] }) => void,
): string[] {
  const files = structuredClone(real()) as LessonFiles & {
    article: Article;
    voices: Voices;
    glossary: GlossaryEntry[];
  };
  change(files);
  const result = checkLesson(files);
  return result.ok ? [] : result.errors;
}

const sentence = (files: { article: Article }, id: string) => {
  const found = files.article.paragraphs
    .flatMap((paragraph) => paragraph.sentences)
    .find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no sentence ${id}`);
  return found;
};

describe('content check', () => {
  it('passes on every lesson in content/lessons', () => {
    const result = checkLesson(real());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('keeps the lesson source identical to the seed article', () => {
    const seed = path.resolve(process.cwd(), '..', 'shared', 'seed', 'article.en.txt');
    if (!existsSync(seed)) return; // Only the project's own machines have the seed beside the checkout.
    expect(real().source).toBe(readFileSync(seed, 'utf8'));
  });

  it('fails when the English text differs from the seed, naming where', () => {
    const errors = broken((files) => {
      sentence(files, 'p3s2').en = sentence(files, 'p3s2').en.replace('parents’', "parents'");
      sentence(files, 'p3s2').voice.text.en = sentence(files, 'p3s2').voice.text.en.replace('parents’', "parents'");
    });
    // Quizzes that quote the broken sentence report it too; the article's own message must be there.
    expect(errors).toContain(
      `${LESSON}/article.json: the English text of p3 differs from source.en.txt at character 250: expected “’ immigration status.”, found “' immigration status.”`,
    );
  });

  it('fails when a sentence is missing', () => {
    const errors = broken((files) => files.article.paragraphs[9]!.sentences.splice(1, 1));
    // Quizzes that quote the broken sentence report it too; the article's own message must be there.
    expect(errors).toContain(
      `${LESSON}/article.json: the English text of p10 differs from source.en.txt at character 94: expected “Sessions said Congress has failed to pass legislation to fix the problem. The…”, found “The issue has sparked a political debate in the U.S. ahead of midterm congres…”`,
    );
  });

  it('fails when an id repeats', () => {
    const errors = broken((files) => {
      sentence(files, 'p1s2').id = 'p1s1';
    });
    expect(errors).toContain(`${LESSON}/article.json: sentence id p1s1 is used twice`);
  });

  it('fails when two quizzes of the lesson use the same item id', () => {
    const errors = broken((files) => {
      const [first, second] = Object.values(files.quizzes) as Quiz[];
      second!.items[0]!.id = first!.items[0]!.id;
    });
    expect(errors).toContainEqual(expect.stringMatching(/quizzes: item id \S+ is used in \w+ and in \w+$/));
  });

  it('fails when a sentence id does not match its paragraph', () => {
    const errors = broken((files) => {
      sentence(files, 'p4s1').id = 'p9s9';
    });
    // Quizzes that quote the broken sentence report it too; the article's own message must be there.
    expect(errors).toContain(`${LESSON}/article.json: sentence p9s9 is in paragraph p4; its id must start with p4s`);
  });

  it('fails when a sentence has no Spanish version', () => {
    const errors = broken((files) => {
      const target = sentence(files, 'p9s1');
      target.es = target.en;
      target.voice.text.es = target.voice.text.en;
    });
    // Quizzes that quote the broken sentence report it too; the article's own message must be there.
    expect(errors).toContain(
      `${LESSON}/article.json: sentence p9s1 has no Spanish translation (its "es" repeats the English)`,
    );
  });

  it('fails when a sentence is empty in one language', () => {
    const errors = broken((files) => {
      sentence(files, 'p6s2').es = '';
    });
    expect(errors).toEqual([
      `${LESSON}/article.json: paragraphs.5.sentences.1.es: Too small: expected string to have >=1 characters`,
    ]);
  });

  it('fails when an editor’s note points at a sentence that does not exist', () => {
    const errors = broken((files) => {
      files.article.notes[0]!.sentenceId = 'p1s9';
    });
    expect(errors).toEqual([`${LESSON}/article.json: note unhcr-label points at sentence p1s9, which does not exist`]);
  });

  it('fails when a glossary term does not occur in the text', () => {
    const errors = broken((files) => {
      files.glossary[0]!.term.en = 'zero-tolerance approach';
    });
    expect(errors).toEqual([
      `${LESSON}/glossary.json: the en term “zero-tolerance approach” (${files0().glossary[0]!.id}) does not occur in the English text`,
    ]);
  });

  it('fails when a Spanish glossary term does not occur in the Spanish text', () => {
    const errors = broken((files) => {
      files.glossary.find((entry) => entry.id === 'asylum')!.term.es = 'refugio político';
    });
    expect(errors).toEqual([
      `${LESSON}/glossary.json: the es term “refugio político” (asylum) does not occur in the Spanish text`,
    ]);
  });

  it('fails when an annotated quote is not verbatim in its sentence', () => {
    const errors = broken((files) => {
      sentence(files, 'p5s1').voice.text.en = 'Detention is never in the best interests of the child';
    });
    expect(errors).toEqual([
      `${LESSON}/article.json: the quote annotated on sentence p5s1 (en) does not occur verbatim in it: “Detention is never in the best interests of the child”`,
    ]);
  });

  it('fails when a speaker does not resolve', () => {
    const errors = broken((files) => {
      sentence(files, 'p7s2').voice.speaker = 'william-spindle';
    });
    expect(errors).toEqual([
      `${LESSON}/article.json: sentence p7s2 names speaker "william-spindle", who is not in voices.json`,
    ]);
  });

  it('fails when an organization does not resolve', () => {
    const errors = broken((files) => {
      sentence(files, 'p6s1').voice.organization = 'unicef';
    });
    expect(errors).toEqual([
      `${LESSON}/article.json: sentence p6s1 names organization "unicef", which is not in voices.json`,
    ]);
  });

  it('fails when a person’s organization does not resolve', () => {
    const errors = broken((files) => {
      files.voices.people.find((person) => person.id === 'jeff-sessions')!.organization = 'doj';
    });
    expect(errors).toContain(
      `${LESSON}/voices.json: Jeff Sessions belongs to organization "doj", which does not exist`,
    );
  });

  it('fails when a quote is attributed to the speaker’s wrong organization', () => {
    const errors = broken((files) => {
      sentence(files, 'p8s1').voice.organization = 'ohchr';
    });
    expect(errors).toEqual([
      `${LESSON}/article.json: sentence p8s1 attributes William Spindler to "ohchr", but voices.json says "unhcr"`,
    ]);
  });
});

describe('content check of the dated context', () => {
  type WithMeta = { meta: LessonMeta };
  const brokenMeta = (change: (meta: LessonMeta) => void) =>
    broken((files) => change((files as unknown as WithMeta).meta));

  it('fails when the timeline is out of date order', () => {
    const errors = brokenMeta((meta) => meta.background.timeline.reverse());
    expect(errors[0]).toMatch(
      /^zero-tolerance\/meta\.json: the timeline event of \d{4}-\d{2}-\d{2} comes after that of \d{4}-\d{2}-\d{2}; keep the timeline in date order$/,
    );
  });

  it('fails when the event marked as this article is not in the month the article was published', () => {
    const errors = brokenMeta((meta) => {
      meta.source.published = '2018-07';
    });
    expect(errors).toEqual([
      `${LESSON}/meta.json: the timeline dates this article's event 2018-06-05, but the article was published in 2018-07`,
    ]);
  });

  it('fails when a date has no cited source, or the source is not a secure address', () => {
    const errors = brokenMeta((meta) => {
      meta.background.timeline[0]!.source.url = 'http://www.justice.gov/';
      (meta.background.law as { sources: unknown[] }).sources = [];
    });
    expect(errors).toEqual([
      expect.stringMatching(/^zero-tolerance\/meta\.json: background\.timeline\.0\.source\.url: /),
      expect.stringMatching(/^zero-tolerance\/meta\.json: background\.law\.sources: /),
    ]);
  });
});

describe('content check of the quizzes', () => {
  type Files = LessonFiles & { quizzes: Record<string, Quiz> };
  const brokenQuiz = (change: (files: Files) => void) => broken((files) => change(files as unknown as Files));
  const item = (files: Files, quiz: string, id: string) => {
    const found = files.quizzes[quiz]!.items.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  const option = (choice: Extract<QuizItem, { type: 'single' | 'multiple' }>, id: string) => {
    const found = choice.options.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no option ${id}`);
    return found;
  };

  it('fails when a quotation used in an item is not verbatim in the article', () => {
    const errors = brokenQuiz((files) => {
      const matching = item(files, 'attribution', 'a-match-claims-detention') as Extract<
        QuizItem,
        { type: 'matching' }
      >;
      matching.rows[0]!.quote!.text.en = 'the use of immigration jails';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/attribution.json: item a-match-claims-detention, row deterrent, quotes “the use of immigration jails” (en), which is not verbatim in sentence p3s1`,
    ]);
  });

  it('fails when an evidence id does not exist', () => {
    const errors = brokenQuiz((files) => {
      const evidence = item(files, 'comprehension', 'c-refugee-agency-too') as Extract<QuizItem, { type: 'evidence' }>;
      evidence.choices[0]!.sentenceId = 'p6s9';
    });
    expect(errors).toContain(
      `${LESSON}/quizzes/comprehension.json: item c-refugee-agency-too offers sentence p6s9, which does not exist`,
    );
  });

  it('fails when an item misses its Spanish text', () => {
    const errors = brokenQuiz((files) => {
      (item(files, 'comprehension', 'c-countries').explanation as { es?: string }).es = undefined;
    });
    expect(errors).toEqual([
      expect.stringMatching(/^zero-tolerance\/quizzes\/comprehension\.json: items\.\d+\.explanation\.es: /),
    ]);
  });

  it('fails when a wrong option has no misconception, or names an unknown one', () => {
    const errors = brokenQuiz((files) => {
      const single = item(files, 'attribution', 'a-unhcr-mislabel') as Extract<QuizItem, { type: 'single' }>;
      delete option(single, 'unhcr').misconception;
      option(single, 'doj').misconception = 'no-such-tag';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/attribution.json: item a-unhcr-mislabel, option doj, names misconception "no-such-tag", which is not in misconceptions.json`,
      `${LESSON}/quizzes/attribution.json: item a-unhcr-mislabel, option unhcr, is a wrong answer without a misconception`,
    ]);
  });

  it('fails when a misconception’s confusion names a person, organization or kind that does not exist', () => {
    const errors = broken((files) => {
      const misconceptions = files.misconceptions as {
        id: string;
        confusions?: { field: string; right: string[]; chosen: string[] }[];
      }[];
      misconceptions
        .find((misconception) => misconception.id === 'mixes-up-spokespeople')!
        .confusions![0]!.chosen.push('kofi-annan');
      misconceptions.find((misconception) => misconception.id === 'quote-as-paraphrase')!.confusions![0]!.right = [
        'rumor',
      ];
    });
    expect(errors).toEqual([
      `${LESSON}/misconceptions.json: mixes-up-spokespeople: "kofi-annan" is not a known speaker`,
      `${LESSON}/misconceptions.json: quote-as-paraphrase: "rumor" is not a known kind`,
    ]);
  });

  it('fails when a written item’s evidence is not offered, its model answer is too long, or its rubric repeats a level', () => {
    const errors = brokenQuiz((files) => {
      const written = item(files, 'attribution', 'a-written-reporter-claim') as Extract<QuizItem, { type: 'written' }>;
      written.evidence = [written.evidence[0]!, 'p6s1'];
      written.choices.push({ sentenceId: 'p6s7' });
      written.modelAnswer.es = 'a'.repeat(601);
      written.rubric[1]!.descriptor.en = written.rubric[0]!.descriptor.en;
    });
    const where = `${LESSON}/quizzes/attribution.json: item a-written-reporter-claim`;
    expect(errors).toEqual([
      `${where} offers sentence p6s7, which does not exist`,
      `${where} names evidence p6s1, which is not one of its choices`,
      `${where}'s rubric repeats a level descriptor (en): each level must say what sets it apart`,
      `${where}'s model answer (es) has 601 characters; a student may write 600`,
      `${where}'s rubric level 2 names other sentences in English than in Spanish`, // level 1's English, copied, names none
    ]);
  });

  it('fails when a written item’s rubric has fewer than three levels', () => {
    const errors = brokenQuiz((files) => {
      const written = item(files, 'comprehension', 'c-written-harms-children') as Extract<
        QuizItem,
        { type: 'written' }
      >;
      written.rubric = written.rubric.slice(0, 2);
    });
    expect(errors).toEqual([
      expect.stringMatching(/^zero-tolerance\/quizzes\/comprehension\.json: items\.\d+\.rubric: /),
    ]);
  });

  it('fails when a single-choice item has two right options', () => {
    const errors = brokenQuiz((files) => {
      const single = item(files, 'attribution', 'a-unhcr-mislabel') as Extract<QuizItem, { type: 'single' }>;
      option(single, 'unhcr').correct = true;
    });
    expect(errors).toContain(
      `${LESSON}/quizzes/attribution.json: item a-unhcr-mislabel must have exactly one correct option, not 2`,
    );
  });

  it('fails when a Spanish explanation calls a translated quotation the speaker’s exact words', () => {
    const errors = brokenQuiz((files) => {
      const classification = item(files, 'attribution', 'a-classify-voices-1');
      classification.explanation.es = classification.explanation.es.replace(
        'las palabras de Shamdasani (en esta versión, traducidas del inglés)',
        'las palabras exactas de Shamdasani',
      );
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^zero-tolerance\/quizzes\/attribution\.json: item a-classify-voices-1: the Spanish explanation calls a translated quotation the speaker's exact words; say it is a translation: “El párrafo 5 pone entre comillas las palabras exactas de Shamdasani/,
      ),
    ]);
  });

  it('accepts the Spanish order of a closing quotation mark and a final stop (“…detienen”.) as verbatim', () => {
    const errors = brokenQuiz((files) => {
      const classification = item(files, 'attribution', 'a-classify-voices-2') as Extract<
        QuizItem,
        { type: 'classification' }
      >;
      classification.rows.find((row) => row.id === 'separated')!.quote.text.es = 'Los separan y los encierran.';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/attribution.json: item a-classify-voices-2, row separated, quotes “Los separan y los encierran.” (es), which is not verbatim in sentence p5s6`,
    ]);
    expect(sentence(real() as unknown as { article: Article }, 'p5s6').es).toBe('Los separan y los detienen”.');
  });

  it('fails when a matching answer names someone who is not in voices.json', () => {
    const errors = brokenQuiz((files) => {
      const matching = item(files, 'attribution', 'a-match-claims-detention') as Extract<
        QuizItem,
        { type: 'matching' }
      >;
      matching.rows[2]!.answer.speaker = 'jeff-session';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/attribution.json: item a-match-claims-detention, row congress, answers speaker "jeff-session", which is not in voices.json`,
    ]);
  });
});

describe('content check against test-wiseness', () => {
  type Files = LessonFiles & { quizzes: Record<string, Quiz> };
  const brokenQuiz = (change: (files: Files) => void) => broken((files) => change(files as unknown as Files));
  const item = <T extends QuizItem['type']>(files: Files, quiz: string, id: string, type: T) => {
    const found = files.quizzes[quiz]!.items.find((candidate) => candidate.id === id);
    if (found?.type !== type) throw new Error(`no ${type} item ${id}`);
    return found as Extract<QuizItem, { type: T }>;
  };
  const key = (choice: Extract<QuizItem, { type: 'single' }>) => choice.options.find((option) => option.correct)!;

  it('fails when the key is clearly the longest option in more than a quarter of a quiz’s choice items', () => {
    const errors = brokenQuiz((files) => {
      for (const id of ['c-countries', 'c-sessions-congress'])
        key(item(files, 'comprehension', id, 'single')).text.en += ' (exactly as the reporter wrote it, nothing else)';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/comprehension.json: the key is clearly the longest option (1.2× the longest wrong one) in 2 of 7 choice items (en), more than a quarter: c-countries, c-sessions-congress`,
    ]);
  });

  it('fails when the key echoes the prompt’s words and no wrong option does as much', () => {
    const errors = brokenQuiz((files) => {
      const single = item(files, 'attribution', 'a-two-un-bodies', 'single');
      key(single).text.en = 'The agency that said preserving family unity is a fundamental tenet';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/attribution.json: item a-two-un-bodies: the key echoes the prompt: it is the only option sharing its words, or shares 2+ more than any wrong option (en)`,
    ]);
  });

  it('fails when the key of an evidence item is the only choice that contains the claim', () => {
    const errors = brokenQuiz((files) => {
      item(files, 'comprehension', 'c-refugee-agency-too', 'evidence').prompt.en =
        'Which sentence shows that the Trump administration’s policy was condemned by a second agency?';
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/comprehension.json: item c-refugee-agency-too: the key is the only choice that contains the claim's words (en)`,
    ]);
  });

  it('fails when every true/false key of a quiz is the same', () => {
    const errors = brokenQuiz((files) => {
      item(files, 'comprehension', 'c-midterms', 'truefalse').answer = false;
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/comprehension.json: all 3 true/false items are false: a student who always answers false gets them all`,
    ]);
  });

  it('fails when the content puts most single-choice keys in the same place', () => {
    const errors = brokenQuiz((files) => {
      for (const single of files.quizzes.comprehension!.items.filter((candidate) => candidate.type === 'single')) {
        single.options.sort((a, b) => Number(b.correct) - Number(a.correct));
      }
    });
    expect(errors).toEqual([
      `${LESSON}/quizzes/comprehension.json: the key is option 1 in 5 of 5 single-choice items: vary its place in the content`,
    ]);
  });
});

function files0() {
  return real() as LessonFiles & { glossary: GlossaryEntry[] };
}
