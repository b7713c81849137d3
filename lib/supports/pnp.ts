import { LETTER_SPACING_EM, LINE_HEIGHT, TEXT_SCALE, type LineSpacing, type TextSize } from '../reading-preferences';
import { readXml, writeXml, type XmlElement, type XmlNode } from './pnp-xml';
import {
  checkSupportProfile,
  DEFAULT_SUPPORT_PROFILE,
  EXTENDED_DAYS,
  EXTRA_ATTEMPTS,
  QUIZ_LANGUAGES,
  READ_ALOUD_RATE,
  type Policy,
  type QuizLanguage,
  type SupportId,
  type SupportProfile,
} from './profile';

// A support profile as the QTI 3.0 profile of IMS/1EdTech Access for All PNP 3.0 (`access-for-all-pnp`), and back.
// Element names: the AfA PNP 3.0 information model,
// https://www.imsglobal.org/sites/default/files/spec/afa/3p0/information_model/imsafa3p0pnp_v1p0_InfoModel.html,
// and its QTI 3 binding, https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_afa3p0pnp_v1p0.xsd.
// The mapping, and the Fuente extension for what PNP has no element for, is written up in docs/supports.md.

export const PNP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imsafa3p0pnp_v1p0';
export const FUENTE_NAMESPACE = 'urn:fuente:pnp-extension:1';

const SETS = {
  on: 'activate-at-initialization-set',
  offered: 'activate-as-option-set',
  off: 'prohibit-set',
} as const satisfies Record<Policy, string>;

/** The element that names each support in the three sets: PNP's own where it has one, else Fuente's (`fuente:`). */
const SET_MEMBER: Record<SupportId, string> = {
  readAloud: 'spoken',
  quizLanguage: 'item-translation',
  glossary: 'glossary-on-screen',
  textSize: 'magnification',
  // One PNP feature, text-appearance, holds all three; it names them when they share a policy (exportPnp).
  lineSpacing: 'fuente:line-spacing',
  letterSpacing: 'fuente:letter-spacing',
  font: 'fuente:font',
  lineFocus: 'line-reader',
  answerMasking: 'answer-masking',
  optionElimination: 'fuente:option-elimination',
  extraAttempts: 'fuente:extra-attempts',
  extendedDates: 'fuente:extended-dates',
};
const TEXT_APPEARANCE: SupportId[] = ['lineSpacing', 'letterSpacing', 'font'];

// Speech rate is in words per minute; 180 is taken as a voice's normal rate (the Web Speech API's rate 1).
const NORMAL_WORDS_PER_MINUTE = 180;
// Ranges taken on import; a value inside one goes to the nearest step Fuente offers.
const RANGES = { zoom: [0.5, 3], lineSpacing: [1, 3], letterSpacing: [0, 0.5] } as const;

export type PnpImportResult =
  | { status: 'ok'; profile: SupportProfile; unsupported: string[] }
  | {
      status: 'error';
      reason: 'malformed' | 'not-a-pnp' | 'invalid-value' | 'out-of-range' | 'conflict';
      message: string;
    };

/** The profile as an `access-for-all-pnp` document: every support's value, and its policy in one of the three sets. */
export function exportPnp(profile: SupportProfile): string {
  const sets: Record<Policy, XmlNode[]> = { on: [], offered: [], off: [] };
  const appearance = new Set(TEXT_APPEARANCE.map((id) => profile[id].policy));
  for (const id of Object.keys(SET_MEMBER) as SupportId[]) {
    if (appearance.size === 1 && TEXT_APPEARANCE.includes(id)) continue;
    sets[profile[id].policy].push({ name: SET_MEMBER[id] });
  }
  if (appearance.size === 1) sets[profile.font.policy].push({ name: 'text-appearance' });

  const quizLanguage = profile.quizLanguage.language;
  const children: XmlNode[] = [
    // In the order of the schema's sequence.
    { name: 'item-translation', attributes: [['xml:lang', quizLanguage === 'en' ? 'en' : 'es']] },
    { name: 'line-reader' },
    {
      name: 'magnification',
      children: [{ name: 'text', attributes: [['zoom-amount', `${TEXT_SCALE[profile.textSize.size]}`]] }],
    },
    {
      name: 'spoken',
      children: [{ name: 'speech-rate', text: `${(profile.readAloud.ratePercent * NORMAL_WORDS_PER_MINUTE) / 100}` }],
    },
    { name: 'answer-masking' },
    {
      name: 'text-appearance',
      children: [
        ...(profile.font.face === 'readable'
          ? [{ name: 'font-face', children: [{ name: 'generic-font-face', text: 'sans-serif' }] }]
          : []),
        { name: 'line-spacing', text: `${LINE_HEIGHT[profile.lineSpacing.spacing]}` },
        { name: 'letter-spacing', text: `${LETTER_SPACING_EM[profile.letterSpacing.spacing]}` },
      ],
    },
    { name: 'glossary-on-screen' },
    ...(['on', 'offered', 'off'] as const)
      .filter((policy) => sets[policy].length > 0)
      .map((policy) => ({ name: SETS[policy], children: sets[policy] })),
    ...(quizLanguage === 'en-with-es' ? [{ name: 'fuente:quiz-language', attributes: [['value', quizLanguage]] }] : []),
    { name: 'fuente:extra-attempts', attributes: [['count', `${profile.extraAttempts.count}`]] },
    { name: 'fuente:extended-dates', attributes: [['days', `${profile.extendedDates.days}`]] },
  ] as XmlNode[];
  const root: XmlNode = {
    name: 'access-for-all-pnp',
    attributes: [
      ['xmlns', PNP_NAMESPACE],
      ['xmlns:fuente', FUENTE_NAMESPACE],
    ],
    children,
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml(root)}\n`;
}

class ImportError extends Error {
  constructor(
    readonly reason: 'invalid-value' | 'out-of-range' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads an `access-for-all-pnp` document into a profile. What Fuente does not offer is listed in `unsupported`
 * (`prohibit-set/calculator-on-screen`, `spoken/pitch`), never dropped silently; a support the file does not mention
 * keeps its default. A malformed file, a value out of range or a support in two sets is refused with a reason.
 */
export function importPnp(source: string): PnpImportResult {
  const read = readXml(source);
  if (!read.ok) return { status: 'error', reason: 'malformed', message: read.message };
  const root = read.root;
  if (root.namespace !== PNP_NAMESPACE || root.name !== 'access-for-all-pnp')
    return {
      status: 'error',
      reason: 'not-a-pnp',
      message: `the root element is not access-for-all-pnp of ${PNP_NAMESPACE}`,
    };
  try {
    const unsupported: string[] = [];
    const profile = structuredClone(DEFAULT_SUPPORT_PROFILE) as Record<SupportId, Record<string, unknown>>;
    // Fuente's own elements last: fuente:quiz-language refines item-translation.
    const fuenteLast = [...root.children].sort(
      (a, b) => Number(a.namespace === FUENTE_NAMESPACE) - Number(b.namespace === FUENTE_NAMESPACE),
    );
    childrenByName(root, '');
    for (const element of fuenteLast) readFeature(element, profile, unsupported);
    readPolicies(root, profile, unsupported);
    const checked = checkSupportProfile(profile);
    if (checked.status === 'error')
      return {
        status: 'error',
        reason: 'invalid-value',
        message: checked.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      };
    return { status: 'ok', profile: checked.profile, unsupported };
  } catch (error) {
    if (error instanceof ImportError) return { status: 'error', reason: error.reason, message: error.message };
    throw error;
  }
}

/** Attributes Fuente reads; any other is listed as unsupported (`line-reader/@highlight-color`). */
const READ_ATTRIBUTES: Record<string, string[]> = {
  'item-translation': ['xml:lang'],
  'magnification/text': ['zoom-amount'],
  'fuente:quiz-language': ['value'],
  'fuente:extra-attempts': ['count'],
  'fuente:extended-dates': ['days'],
};

/** The children of an element by name; one written twice is refused, as the file would say two things. */
function childrenByName(element: XmlElement, path: string): Map<string, XmlElement> {
  const children = new Map<string, XmlElement>();
  for (const child of element.children) {
    const name = nameOf(child);
    if (children.has(name)) throw new ImportError('conflict', `${path}${name} is written twice`);
    children.set(name, child);
  }
  return children;
}

function listAttributes(element: XmlElement, path: string, unsupported: string[]) {
  for (const attribute of element.attributes.keys())
    if (!(READ_ATTRIBUTES[path] ?? []).includes(attribute)) unsupported.push(`${path}/@${attribute}`);
}

function readFeature(element: XmlElement, profile: Record<SupportId, Record<string, unknown>>, unsupported: string[]) {
  const name = nameOf(element);
  const children = childrenByName(element, `${name}/`);
  const take = (child: string) => {
    const found = children.get(child);
    children.delete(child);
    if (found) listAttributes(found, `${name}/${child}`, unsupported);
    return found;
  };
  switch (name) {
    case 'item-translation': {
      const language = (element.attributes.get('xml:lang') ?? '').toLowerCase().split('-')[0];
      if (language === 'en' || language === 'es') profile.quizLanguage.language = language;
      else unsupported.push(`item-translation xml:lang="${element.attributes.get('xml:lang') ?? ''}"`);
      break;
    }
    case 'magnification': {
      const text = take('text');
      if (text)
        profile.textSize.size = nearest(
          number(text.attributes.get('zoom-amount'), 'magnification/text zoom-amount', RANGES.zoom),
          TEXT_SCALE,
        ) satisfies TextSize;
      break;
    }
    case 'spoken': {
      const rate = take('speech-rate');
      if (rate) {
        const { min, max, step } = READ_ALOUD_RATE;
        const range = [(min * NORMAL_WORDS_PER_MINUTE) / 100, (max * NORMAL_WORDS_PER_MINUTE) / 100] as const;
        const wordsPerMinute = number(rate.text, 'spoken/speech-rate', range);
        profile.readAloud.ratePercent = Math.round((wordsPerMinute * 100) / NORMAL_WORDS_PER_MINUTE / step) * step;
      }
      break;
    }
    case 'text-appearance': {
      const lineSpacing = take('line-spacing');
      const letterSpacing = take('letter-spacing');
      if (lineSpacing)
        profile.lineSpacing.spacing = nearest(
          number(lineSpacing.text, 'text-appearance/line-spacing', RANGES.lineSpacing),
          LINE_HEIGHT,
        ) satisfies LineSpacing;
      if (letterSpacing)
        profile.letterSpacing.spacing = nearest(
          number(letterSpacing.text, 'text-appearance/letter-spacing', RANGES.letterSpacing),
          LETTER_SPACING_EM,
        );
      // Fuente offers one readable font: any face asked for is taken as that one.
      if (take('font-face')) profile.font.face = 'readable';
      break;
    }
    case 'fuente:quiz-language': {
      const value = element.attributes.get('value');
      if (!QUIZ_LANGUAGES.includes(value as QuizLanguage))
        throw new ImportError(
          'out-of-range',
          `fuente:quiz-language value "${value ?? ''}" is not one of ${QUIZ_LANGUAGES.join(', ')}`,
        );
      profile.quizLanguage.language = value;
      break;
    }
    case 'fuente:extra-attempts':
      profile.extraAttempts.count = wholeNumber(element, 'fuente:extra-attempts count', EXTRA_ATTEMPTS);
      break;
    case 'fuente:extended-dates':
      profile.extendedDates.days = wholeNumber(element, 'fuente:extended-dates days', EXTENDED_DAYS);
      break;
    case 'line-reader':
    case 'answer-masking':
    case 'glossary-on-screen':
    case SETS.on:
    case SETS.offered:
    case SETS.off:
      break;
    default:
      unsupported.push(name);
      return;
  }
  if (Object.values(SETS).includes(name as never)) return;
  listAttributes(element, name, unsupported);
  for (const child of children.keys()) unsupported.push(`${name}/${child}`);
}

function readPolicies(root: XmlElement, profile: Record<SupportId, Record<string, unknown>>, unsupported: string[]) {
  const members = new Map(Object.entries(SET_MEMBER).map(([id, member]) => [member, [id as SupportId]]));
  members.set('text-appearance', TEXT_APPEARANCE);
  const stated = new Map<string, Policy>();
  for (const policy of ['on', 'offered', 'off'] as const) {
    for (const set of root.children.filter((child) => nameOf(child) === SETS[policy])) {
      for (const member of set.children.map(nameOf)) {
        const earlier = stated.get(member);
        if (earlier !== undefined && earlier !== policy)
          throw new ImportError('conflict', `${member} is in both ${SETS[earlier]} and ${SETS[policy]}`);
        stated.set(member, policy);
        // Fuente always shows the glossary: a file that offers it or turns it off asks for what Fuente cannot do.
        const glossaryNotOn = member === 'glossary-on-screen' && policy !== 'on';
        if (!members.has(member) || glossaryNotOn) unsupported.push(`${SETS[policy]}/${member}`);
      }
    }
  }
  // The shared text-appearance first, so that Fuente's own element for one of its parts can refine it.
  for (const member of ['text-appearance', ...Object.values(SET_MEMBER)]) {
    const policy = stated.get(member);
    if (policy === undefined || member === 'glossary-on-screen') continue;
    for (const id of members.get(member) ?? []) profile[id].policy = policy;
  }
}

/** An element's name as the import reports it: PNP's bare, Fuente's with `fuente:`, any other with its namespace. */
function nameOf(element: XmlElement): string {
  if (element.namespace === PNP_NAMESPACE) return element.name;
  if (element.namespace === FUENTE_NAMESPACE) return `fuente:${element.name}`;
  return `{${element.namespace}}${element.name}`;
}

function number(text: string | undefined, where: string, [min, max]: readonly [number, number]): number {
  const trimmed = (text ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new ImportError('invalid-value', `${where} "${trimmed}" is not a number`);
  const value = Number(trimmed);
  if (value < min || value > max) throw new ImportError('out-of-range', `${where} ${value} is outside ${min}–${max}`);
  return value;
}

/** A whole-number attribute (`where`: "fuente:extra-attempts count") within the range the profile takes. */
function wholeNumber(element: XmlElement, where: string, range: { min: number; max: number }): number {
  const value = number(element.attributes.get(where.split(' ')[1]!), where, [range.min, range.max]);
  if (!Number.isInteger(value)) throw new ImportError('invalid-value', `${where} ${value} is not a whole number`);
  return value;
}

function nearest<K extends string>(value: number, steps: Record<K, number>): K {
  const keys = Object.keys(steps) as K[];
  return keys.reduce((best, key) => (Math.abs(steps[key] - value) < Math.abs(steps[best] - value) ? key : best));
}
