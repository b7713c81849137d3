// The surface cues a test-wise student reads instead of the article: shared content words and option length.
// Used by the content check's test-wiseness rules (content/check-testwise.ts) and by the robot (lib/testwise/).

export type Language = 'en' | 'es';

/** Words that carry no content, plus the words every quiz prompt uses ("which sentence shows…"). */
const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    (
      'the and for are but not you all any can had her was one our out has him his how its may new now see who did get let she too use ' +
      'that this with from they them their there these those what when where which while will would should could than then into onto ' +
      'about also been being both each more most other some such only very just over under after before again does doing have having ' +
      'two three one four five because between during through whom whose your yours itself himself herself only own same here why were said says say told tell ' +
      'according article sentence sentences paragraph paragraphs quiz passage passages claim claims shows show tells choose apply ' +
      'word words person people organization organizations made make makes give gives given following statement'
    ).split(' '),
  ),
  es: new Set(
    (
      'que los las del por para con una uno unos unas como pero mas más sus les ese esa eso esos esas este esta esto estos estas ' +
      'donde cuando quien quién quienes cual cuál cuales cuáles qué cómo ser son fue era han hay sin sobre entre hasta desde también ' +
      'dos tres uno cuatro cinco muy solo sólo ya nos ella ellos ellas él le lo al se su mismo misma dijo dice decir según artículo oración oraciones párrafo ' +
      'párrafos cuestionario fragmento fragmentos afirmación afirmaciones muestra muestran elige todas opciones correctas persona ' +
      'personas organización organizaciones hizo hace dio dado siguiente'
    ).split(' '),
  ),
};

/** Lower case without accents, so that "Organización" and "organizacion" meet. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const FOLDED_STOPWORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set([...STOPWORDS.en].map(fold)),
  es: new Set([...STOPWORDS.es].map(fold)),
};

/** A crude stem: enough for "detained"/"detain" and "derechos"/"derecho" to meet, and the same for every text. */
function stem(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word.replace(/(es|s)$/, '');
}

const cache: Record<Language, Map<string, ReadonlySet<string>>> = { en: new Map(), es: new Map() };

/** The content words of a text, stemmed: three letters or more, stopwords left out, acronyms kept. */
export function contentWords(text: string, language: Language): ReadonlySet<string> {
  const cached = cache[language].get(text);
  if (cached) return cached;
  const result = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const folded = fold(word);
    if (folded.length < 3 || FOLDED_STOPWORDS[language].has(folded)) continue;
    result.add(stem(folded));
  }
  cache[language].set(text, result);
  return result;
}

/** How many of `cue`'s content words `text` contains. */
export function sharedWords(cue: ReadonlySet<string>, text: string, language: Language): number {
  let shared = 0;
  for (const word of contentWords(text, language)) if (cue.has(word)) shared += 1;
  return shared;
}

/** The language a text is more likely written in, by its share of each language's function words. */
export function likelyLanguage(text: string): Language {
  let en = 0;
  let es = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const folded = fold(word);
    if (FOLDED_STOPWORDS.en.has(folded)) en += 1;
    if (FOLDED_STOPWORDS.es.has(folded)) es += 1;
  }
  return es > en ? 'es' : 'en';
}
