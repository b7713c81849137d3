import { describe, expect, it } from 'vitest';
import { LETTER_SPACINGS, LINE_SPACINGS, TEXT_SIZES } from '../reading-preferences';
import { seededRandom } from '../seeded-random';
import { exportPnp, FUENTE_NAMESPACE, importPnp, PNP_NAMESPACE } from './pnp';
import { readXml } from './pnp-xml';
import {
  DEFAULT_SUPPORT_PROFILE,
  EXTRA_ATTEMPTS,
  FONT_FACES,
  POLICIES,
  QUIZ_LANGUAGES,
  READ_ALOUD_RATE,
  type Policy,
  type SupportProfile,
} from './profile';

function roundTrip(profile: SupportProfile) {
  return importPnp(exportPnp(profile));
}

function withPolicy(policy: Policy): SupportProfile {
  const profile = structuredClone(DEFAULT_SUPPORT_PROFILE);
  for (const support of Object.values(profile)) if (support !== profile.glossary) support.policy = policy;
  return profile;
}

const everythingOn = withPolicy('on');
const mixed: SupportProfile = {
  readAloud: { policy: 'on', ratePercent: 85 },
  quizLanguage: { policy: 'offered', language: 'en-with-es' },
  glossary: { policy: 'on' },
  textSize: { policy: 'on', size: 'xlarge' },
  lineSpacing: { policy: 'offered', spacing: 'loose' },
  letterSpacing: { policy: 'on', spacing: 'wide' },
  font: { policy: 'off', face: 'readable' },
  lineFocus: { policy: 'offered' },
  answerMasking: { policy: 'on' },
  optionElimination: { policy: 'offered' },
  extraAttempts: { policy: 'on', count: 2 },
  extendedDates: { policy: 'on', days: 5 },
};
const lowest: SupportProfile = {
  ...mixed,
  readAloud: { policy: 'offered', ratePercent: READ_ALOUD_RATE.min },
  quizLanguage: { policy: 'on', language: 'es' },
  textSize: { policy: 'offered', size: TEXT_SIZES[0] },
  lineSpacing: { policy: 'offered', spacing: LINE_SPACINGS[0] },
  letterSpacing: { policy: 'offered', spacing: LETTER_SPACINGS[0] },
  font: { policy: 'offered', face: 'default' },
  extraAttempts: { policy: 'offered', count: EXTRA_ATTEMPTS.min },
};
const highest: SupportProfile = {
  ...lowest,
  readAloud: { policy: 'on', ratePercent: READ_ALOUD_RATE.max },
  quizLanguage: { policy: 'on', language: 'en' },
  textSize: { policy: 'on', size: TEXT_SIZES.at(-1)! },
  lineSpacing: { policy: 'off', spacing: LINE_SPACINGS.at(-1)! },
  letterSpacing: { policy: 'off', spacing: LETTER_SPACINGS.at(-1)! },
  extraAttempts: { policy: 'off', count: EXTRA_ATTEMPTS.max },
};

/** A random valid profile: every support's policy and value drawn from what the schema allows. */
function randomProfile(random: () => number): SupportProfile {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)] as T;
  const policy = () => pick(POLICIES);
  const rateSteps = (READ_ALOUD_RATE.max - READ_ALOUD_RATE.min) / READ_ALOUD_RATE.step;
  return {
    readAloud: { policy: policy(), ratePercent: READ_ALOUD_RATE.min + pick([...Array(rateSteps + 1).keys()]) * 5 },
    quizLanguage: { policy: policy(), language: pick(QUIZ_LANGUAGES) },
    glossary: { policy: 'on' },
    textSize: { policy: policy(), size: pick(TEXT_SIZES) },
    lineSpacing: { policy: policy(), spacing: pick(LINE_SPACINGS) },
    letterSpacing: { policy: policy(), spacing: pick(LETTER_SPACINGS) },
    font: { policy: policy(), face: pick(FONT_FACES) },
    lineFocus: { policy: policy() },
    answerMasking: { policy: policy() },
    optionElimination: { policy: policy() },
    extraAttempts: { policy: policy(), count: pick([1, 2, 3]) },
    extendedDates: { policy: policy(), days: pick([1, 2, 7, 14]) },
  };
}

function pnp(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<access-for-all-pnp xmlns="${PNP_NAMESPACE}" xmlns:fuente="${FUENTE_NAMESPACE}">${body}</access-for-all-pnp>`;
}

describe('PNP export then import', () => {
  it.each([
    ['the default profile', DEFAULT_SUPPORT_PROFILE],
    ['everything on', everythingOn],
    ['everything offered', withPolicy('offered')],
    ['everything off but the glossary', withPolicy('off')],
    ['mixed policies and values', mixed],
    ['every value at its lowest', lowest],
    ['every value at its highest', highest],
  ])('gives back %s, with nothing unsupported', (_, profile) => {
    expect(roundTrip(profile)).toEqual({ status: 'ok', profile, unsupported: [] });
  });

  it('gives back 300 generated profiles (seed 39)', () => {
    const random = seededRandom(39);
    for (let i = 0; i < 300; i += 1) {
      const profile = randomProfile(random);
      expect(roundTrip(profile)).toEqual({ status: 'ok', profile, unsupported: [] });
    }
  });

  it("writes PNP's own elements where PNP has them, and the three sets", () => {
    const read = readXml(exportPnp(mixed));
    if (!read.ok) throw new Error(read.message);
    const names = (set: string) =>
      read.root.children.find((child) => child.name === set)?.children.map((child) => child.name);
    expect(read.root.namespace).toBe(PNP_NAMESPACE);
    expect(names('activate-at-initialization-set')).toEqual([
      'spoken',
      'glossary-on-screen',
      'magnification',
      'letter-spacing',
      'answer-masking',
      'extra-attempts',
      'extended-dates',
    ]);
    expect(names('activate-as-option-set')).toEqual([
      'item-translation',
      'line-spacing',
      'line-reader',
      'option-elimination',
    ]);
    expect(names('prohibit-set')).toEqual(['font']);
    const spoken = read.root.children.find((child) => child.name === 'spoken');
    expect(spoken?.children.map((child) => [child.name, child.text])).toEqual([['speech-rate', '153']]);
  });

  it('names text-appearance once when its three parts share a policy', () => {
    expect(exportPnp(withPolicy('off'))).toMatch(
      /<prohibit-set>\s*<spoken\/>\s*<item-translation\/>\s*<magnification\/>\s*<line-reader\/>\s*<answer-masking\/>\s*<fuente:option-elimination\/>\s*<fuente:extra-attempts\/>\s*<fuente:extended-dates\/>\s*<text-appearance\/>\s*<\/prohibit-set>/,
    );
  });
});

describe('PNP import from another system', () => {
  it('reads what Fuente offers, keeps defaults for what the file leaves out, and lists everything else', () => {
    const result = importPnp(
      pnp(`
        <hazard-avoidance>flashing</hazard-avoidance>
        <item-translation xml:lang="es-MX"/>
        <additional-testing-time><time-multiplier>1.5</time-multiplier></additional-testing-time>
        <line-reader highlight-color="#FFFF00"/>
        <spoken><reading-type>computer-read-aloud</reading-type><speech-rate>144</speech-rate><pitch>1</pitch></spoken>
        <text-appearance><font-color>#000</font-color><line-spacing>2</line-spacing><font-face x="1"><font-name>Lexend</font-name></font-face></text-appearance>
        <calculator-on-screen calculator-type="basic"/>
        <other xmlns="urn:example:other"/>
        <activate-at-initialization-set><spoken/><item-translation/><additional-testing-time/></activate-at-initialization-set>
        <activate-as-option-set><text-appearance/><calculator-on-screen/></activate-as-option-set>
        <prohibit-set><glossary-on-screen/><line-reader/></prohibit-set>`),
    );
    expect(result).toEqual({
      status: 'ok',
      profile: {
        ...DEFAULT_SUPPORT_PROFILE,
        readAloud: { policy: 'on', ratePercent: 80 },
        quizLanguage: { policy: 'on', language: 'es' },
        lineSpacing: { policy: 'offered', spacing: 'loose' },
        letterSpacing: { policy: 'offered', spacing: 'normal' },
        font: { policy: 'offered', face: 'readable' },
        lineFocus: { policy: 'off' },
      },
      unsupported: [
        'hazard-avoidance',
        'additional-testing-time',
        'line-reader/@highlight-color',
        'spoken/reading-type',
        'spoken/pitch',
        'text-appearance/font-face/@x',
        'text-appearance/font-color',
        'calculator-on-screen',
        '{urn:example:other}other',
        'activate-at-initialization-set/additional-testing-time',
        'activate-as-option-set/calculator-on-screen',
        'prohibit-set/glossary-on-screen',
      ],
    });
  });

  it('lists a quiz language Fuente does not have', () => {
    const result = importPnp(pnp('<item-translation xml:lang="fr"/>'));
    expect(result).toMatchObject({ status: 'ok', unsupported: ['item-translation xml:lang="fr"'] });
  });

  it("lets Fuente's own element for one part of text-appearance refine the shared policy", () => {
    const result = importPnp(
      pnp(
        '<activate-at-initialization-set><text-appearance/></activate-at-initialization-set><prohibit-set><fuente:font/></prohibit-set>',
      ),
    );
    expect(result).toMatchObject({
      status: 'ok',
      profile: { lineSpacing: { policy: 'on' }, letterSpacing: { policy: 'on' }, font: { policy: 'off' } },
    });
  });
});

describe('PNP import refuses', () => {
  it.each([
    ['text that is no XML', 'not xml at all'],
    ['an element left open', pnp('<spoken>')],
    ['a closing tag that does not match', pnp('<spoken></spoken-rate>')],
    ['a DOCTYPE (and its entities)', `<!DOCTYPE x [<!ENTITY a "b">]>${pnp('')}`],
    ['CDATA', pnp('<spoken><speech-rate><![CDATA[180]]></speech-rate></spoken>')],
    ['an entity XML does not define', pnp('<spoken><speech-rate>&rate;</speech-rate></spoken>')],
    ['an undeclared prefix', pnp('<x:spoken/>')],
    ['an attribute written twice', pnp('<line-reader a="1" a="2"/>')],
    ['text beside elements', pnp('<spoken>fast<speech-rate>180</speech-rate></spoken>')],
    ['a second root', `${pnp('')}<access-for-all-pnp/>`],
    ['a file over 64 KiB', pnp(`<!--${'x'.repeat(65 * 1024)}-->`)],
  ])('%s as malformed', (_, source) => {
    const result = importPnp(source);
    expect(result).toMatchObject({ status: 'error', reason: 'malformed' });
    if (result.status === 'error') expect(result.message).toMatch(/\S/);
  });

  it.each([
    ['another root element', `<access-for-all xmlns="${PNP_NAMESPACE}"/>`],
    ['the right name in no namespace', '<access-for-all-pnp/>'],
  ])('%s as not a PNP', (_, source) => {
    expect(importPnp(source)).toMatchObject({ status: 'error', reason: 'not-a-pnp' });
  });

  it.each([
    ['<spoken><speech-rate>500</speech-rate></spoken>', 'spoken/speech-rate 500 is outside 90–360'],
    ['<spoken><speech-rate>60</speech-rate></spoken>', 'spoken/speech-rate 60 is outside 90–360'],
    ['<magnification><text zoom-amount="8"/></magnification>', 'magnification/text zoom-amount 8 is outside 0.5–3'],
    ['<text-appearance><line-spacing>0.5</line-spacing></text-appearance>', 'line-spacing 0.5 is outside 1–3'],
    ['<text-appearance><letter-spacing>1</letter-spacing></text-appearance>', 'letter-spacing 1 is outside 0–0.5'],
    ['<fuente:extra-attempts count="0"/>', 'count 0 is outside 1–3'],
    ['<fuente:extra-attempts count="4"/>', 'count 4 is outside 1–3'],
    ['<fuente:quiz-language value="fr"/>', 'quiz-language value "fr" is not one of en, es, en-with-es'],
  ])('%s as out of range', (body, message) => {
    const result = importPnp(pnp(body));
    expect(result).toMatchObject({ status: 'error', reason: 'out-of-range' });
    if (result.status === 'error') expect(result.message).toContain(message);
  });

  it.each([
    ['<spoken><speech-rate>fast</speech-rate></spoken>', 'spoken/speech-rate "fast" is not a number'],
    ['<fuente:extra-attempts count="1.5"/>', 'count 1.5 is not a whole number'],
    ['<fuente:extra-attempts/>', 'count "" is not a number'],
  ])('%s as an invalid value', (body, message) => {
    const result = importPnp(pnp(body));
    expect(result).toMatchObject({ status: 'error', reason: 'invalid-value' });
    if (result.status === 'error') expect(result.message).toContain(message);
  });

  it.each([
    ['<spoken/><spoken/>', 'spoken is written twice'],
    [
      '<spoken><speech-rate>90</speech-rate><speech-rate>360</speech-rate></spoken>',
      'spoken/speech-rate is written twice',
    ],
  ])('%s as a conflict', (body, message) => {
    expect(importPnp(pnp(body))).toEqual({ status: 'error', reason: 'conflict', message });
  });

  it('a support in two sets', () => {
    const result = importPnp(
      pnp(
        '<activate-at-initialization-set><spoken/></activate-at-initialization-set><prohibit-set><spoken/></prohibit-set>',
      ),
    );
    expect(result).toEqual({
      status: 'error',
      reason: 'conflict',
      message: 'spoken is in both activate-at-initialization-set and prohibit-set',
    });
  });
});
