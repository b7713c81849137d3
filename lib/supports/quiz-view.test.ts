import { describe, expect, it } from 'vitest';
import { appearanceStyle, NO_READING_SUPPORTS, readingSupports } from './appearance';
import { DEFAULT_SUPPORT_PROFILE, type SupportProfile } from './profile';
import { inLanguage, NO_QUIZ_SUPPORTS, quizLanguagePlan, quizTools } from './quiz-view';

const withLanguage = (policy: 'on' | 'offered' | 'off', language: 'en' | 'es' | 'en-with-es'): SupportProfile => ({
  ...DEFAULT_SUPPORT_PROFILE,
  quizLanguage: { policy, language },
});

describe('what a profile changes on a quiz page', () => {
  it('changes nothing for the default profile, every student before profiles, but offer read-aloud in “Your tools”', () => {
    const { moveTo, translation, ...none } = NO_QUIZ_SUPPORTS;
    expect(quizTools(DEFAULT_SUPPORT_PROFILE)).toEqual({ ...none, choices: { offered: ['readAloud'], chosen: [] } });
    expect(quizLanguagePlan(DEFAULT_SUPPORT_PROFILE, 'en')).toEqual({ moveTo, toggle: translation });
  });

  it('opens the quiz in the language the profile turns on, with the other one a click away unless plain English', () => {
    expect(quizLanguagePlan(withLanguage('on', 'es'), 'en')).toEqual({ moveTo: 'es', toggle: 'en' });
    expect(quizLanguagePlan(withLanguage('on', 'es'), 'es')).toEqual({ moveTo: null, toggle: 'en' });
    expect(quizLanguagePlan(withLanguage('on', 'en-with-es'), 'es')).toEqual({ moveTo: 'en', toggle: 'es' });
    expect(quizLanguagePlan(withLanguage('on', 'en'), 'es')).toEqual({ moveTo: 'en', toggle: null });
    expect(quizLanguagePlan(withLanguage('offered', 'es'), 'en')).toEqual({ moveTo: null, toggle: 'es' });
    expect(quizLanguagePlan(withLanguage('off', 'es'), 'en')).toEqual({ moveTo: null, toggle: null });
  });

  it('keeps the rest of the address when it moves the page to the other language', () => {
    expect(inLanguage({ pathname: '/en/lessons/x/quiz/comprehension', search: '?q=3' }, 'es')).toBe(
      '/es/lessons/x/quiz/comprehension?q=3',
    );
    expect(inLanguage({ pathname: '/en', search: '' }, 'es')).toBe('/es');
  });

  it('applies a text setting only when the profile turns it on, as the custom properties the quiz reads', () => {
    const profile: SupportProfile = {
      ...DEFAULT_SUPPORT_PROFILE,
      textSize: { policy: 'on', size: 'xlarge' },
      lineSpacing: { policy: 'offered', spacing: 'loose' },
      letterSpacing: { policy: 'on', spacing: 'wide' },
      font: { policy: 'on', face: 'readable' },
      lineFocus: { policy: 'offered' },
    };
    const tools = quizTools(profile);
    expect(tools.appearance).toEqual({ textSize: 'xlarge', letterSpacing: 'wide', font: 'readable' });
    expect(tools.lineFocus).toBe(false);
    expect(tools.choices).toEqual({ offered: ['readAloud', 'lineFocus'], chosen: [] });
    const style = appearanceStyle(tools.appearance);
    expect(style).toMatchObject({
      '--support-scale': 1.45,
      '--reading-scale': 1.45,
      '--support-letter-spacing': '0.05em',
    });
    expect(style).not.toHaveProperty('lineHeight');
    expect(String(style.fontFamily)).toMatch(/^'Atkinson Hyperlegible', /);
    expect(appearanceStyle({})).toEqual({});
  });

  it('turns on what the student chose of what the profile offers, at the profile’s setting, and nothing else', () => {
    const profile: SupportProfile = {
      ...DEFAULT_SUPPORT_PROFILE,
      readAloud: { policy: 'offered', ratePercent: 150 },
      font: { policy: 'offered', face: 'readable' },
      letterSpacing: { policy: 'off', spacing: 'wider' },
      lineFocus: { policy: 'offered' },
    };
    const tools = quizTools(profile, ['readAloud', 'letterSpacing', 'lineFocus', 'quizLanguage']);
    expect(tools.readAloud).toEqual({ ratePercent: 150 });
    expect(tools.lineFocus).toBe(true);
    expect(tools.appearance).toEqual({});
    expect(tools.choices).toEqual({ offered: ['readAloud', 'font', 'lineFocus'], chosen: ['readAloud', 'lineFocus'] });
  });
});

describe('the reading page’s supports', () => {
  it('take letter spacing, font, the line focus and read-aloud’s rate; the text settings start the page’s own', () => {
    const profile: SupportProfile = {
      ...DEFAULT_SUPPORT_PROFILE,
      readAloud: { policy: 'offered', ratePercent: 80 },
      textSize: { policy: 'on', size: 'xlarge' },
      letterSpacing: { policy: 'on', spacing: 'wider' },
      font: { policy: 'offered', face: 'readable' },
      lineFocus: { policy: 'on' },
    };
    expect(readingSupports(profile)).toEqual({
      appearance: { letterSpacing: 'wider' },
      readAloudRatePercent: 80,
      lineFocus: true,
    });
    expect(readingSupports({ ...profile, readAloud: { policy: 'off', ratePercent: 80 } }).readAloudRatePercent).toBe(
      100,
    );
    expect(readingSupports(DEFAULT_SUPPORT_PROFILE)).toEqual(NO_READING_SUPPORTS);
  });
});
