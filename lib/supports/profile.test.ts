import { describe, expect, it } from 'vitest';
import {
  extendedDaysOf,
  retakesAllowed,
  checkSupportProfile,
  DEFAULT_SUPPORT_PROFILE,
  mergeSupportProfile,
  supportsOnAtAnswer,
  type SupportProfile,
} from './profile';

describe('the default profile', () => {
  it('is what a student got before profiles: the reading tools offered, the glossary on, the rest off', () => {
    expect(checkSupportProfile(DEFAULT_SUPPORT_PROFILE)).toEqual({ status: 'ok', profile: DEFAULT_SUPPORT_PROFILE });
    expect(supportsOnAtAnswer(DEFAULT_SUPPORT_PROFILE)).toEqual(['glossary']);
    const offered = Object.entries(DEFAULT_SUPPORT_PROFILE).filter(([, support]) => support.policy === 'offered');
    expect(offered.map(([id]) => id).sort()).toEqual(['lineSpacing', 'readAloud', 'textSize']);
  });
});

describe('mergeSupportProfile', () => {
  it('lays an edit over the profile, field by field', () => {
    const result = mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, {
      readAloud: { ratePercent: 80 },
      answerMasking: { policy: 'on' },
    });
    expect(result).toEqual({
      status: 'ok',
      profile: {
        ...DEFAULT_SUPPORT_PROFILE,
        readAloud: { policy: 'offered', ratePercent: 80 },
        answerMasking: { policy: 'on' },
      },
    });
  });

  it.each([
    [{ readAloud: { ratePercent: 45 } }, 'readAloud.ratePercent'],
    [{ readAloud: { ratePercent: 205 } }, 'readAloud.ratePercent'],
    [{ readAloud: { ratePercent: 83 } }, 'readAloud.ratePercent'],
    [{ extraAttempts: { count: 0 } }, 'extraAttempts.count'],
    [{ extraAttempts: { count: 4 } }, 'extraAttempts.count'],
    [{ extraAttempts: { count: 1.5 } }, 'extraAttempts.count'],
    [{ glossary: { policy: 'off' } }, 'glossary.policy'],
    [{ font: { face: 'comic' } }, 'font.face'],
    [{ lineFocus: { policy: 'sometimes' } }, 'lineFocus.policy'],
  ])('refuses %j and names %s', (edit, path) => {
    const result = mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, edit as never);
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('refuses a support Fuente does not have, and a field a support does not take', () => {
    expect(mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, { calculator: { policy: 'on' } } as never).status).toBe(
      'error',
    );
    expect(mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, { lineFocus: { color: 'red' } } as never).status).toBe('error');
  });

  it('leaves the profile it was given alone', () => {
    const before = structuredClone(DEFAULT_SUPPORT_PROFILE);
    mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, { textSize: { size: 'xlarge' } });
    expect(DEFAULT_SUPPORT_PROFILE).toEqual(before);
  });
});

describe('supportsOnAtAnswer', () => {
  const profile: SupportProfile = {
    ...DEFAULT_SUPPORT_PROFILE,
    answerMasking: { policy: 'on' },
    extraAttempts: { policy: 'on', count: 2 },
    optionElimination: { policy: 'offered' },
    lineFocus: { policy: 'off' },
  };

  it('lists the supports on from the start, sorted', () => {
    expect(supportsOnAtAnswer(profile)).toEqual(['answerMasking', 'extraAttempts', 'glossary']);
  });

  it('adds an offered support the student turned on, and never one the profile turns off', () => {
    expect(supportsOnAtAnswer(profile, ['optionElimination', 'lineFocus', 'readAloud'])).toEqual([
      'answerMasking',
      'extraAttempts',
      'glossary',
      'optionElimination',
      'readAloud',
    ]);
  });
});

describe('retakes with extra attempts', () => {
  it('adds the profile’s attempts, on or offered, to the class’s; unlimited stays unlimited', () => {
    const extra = (policy: 'on' | 'offered' | 'off') => ({
      ...DEFAULT_SUPPORT_PROFILE,
      extraAttempts: { policy, count: 2 },
    });
    expect(retakesAllowed(0, extra('on'))).toBe(2);
    expect(retakesAllowed(1, extra('offered'))).toBe(3);
    expect(retakesAllowed(1, extra('off'))).toBe(1);
    expect(retakesAllowed(-1, extra('on'))).toBe(-1);
  });
});

describe('extended dates', () => {
  it('give their days when on or offered, none when off; a profile stored before days takes the default', () => {
    const dates = (policy: 'on' | 'offered' | 'off') => ({
      ...DEFAULT_SUPPORT_PROFILE,
      extendedDates: { policy, days: 5 },
    });
    expect([extendedDaysOf(dates('on')), extendedDaysOf(dates('offered')), extendedDaysOf(dates('off'))]).toEqual([
      5, 5, 0,
    ]);
    const stored = { ...DEFAULT_SUPPORT_PROFILE, extendedDates: { policy: 'on' } };
    expect(checkSupportProfile(stored)).toMatchObject({
      status: 'ok',
      profile: { extendedDates: { policy: 'on', days: 2 } },
    });
  });
});
