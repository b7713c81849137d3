import { describe, expect, it } from 'vitest';
import { EDITABLE_SUPPORTS, settingChoices, SUPPORT_SETTING, SupportsFormSchema } from './edit-form';
import { DEFAULT_SUPPORT_PROFILE, mergeSupportProfile, SupportProfileSchema } from './profile';

const CLASS = '5f0c2b7e-8a3d-4c1e-9b2a-0d4e6f8a1c3b';
const ANA = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('the teacher’s supports form', () => {
  it('reads only the fields the teacher changed, numbers included, for the students ticked', () => {
    const parsed = SupportsFormSchema.parse({
      classId: CLASS,
      students: [ANA],
      'readAloud.policy': 'on',
      'readAloud.ratePercent': '125',
      'quizLanguage.language': 'es',
      'extraAttempts.count': '2',
    });
    expect(parsed).toEqual({
      classId: CLASS,
      students: [ANA],
      edit: {
        readAloud: { policy: 'on', ratePercent: 125 },
        quizLanguage: { language: 'es' },
        extraAttempts: { count: 2 },
      },
    });
  });

  it('is for the whole class when the teacher says so, and for no one without a tick or the whole class', () => {
    expect(SupportsFormSchema.parse({ classId: CLASS, scope: 'class', 'lineFocus.policy': 'off' }).students).toBe(
      'class',
    );
    const refused = SupportsFormSchema.safeParse({ classId: CLASS, 'lineFocus.policy': 'on' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['students']);
  });

  it('refuses a value the profile does not take, and the glossary, which no one turns off', () => {
    for (const field of [
      { 'readAloud.ratePercent': '7' },
      { 'readAloud.ratePercent': 'fast' },
      { 'quizLanguage.language': 'fr' },
      { 'lineFocus.policy': 'sometimes' },
    ]) {
      expect(
        SupportsFormSchema.safeParse({ classId: CLASS, students: [ANA], ...field }).success,
        JSON.stringify(field),
      ).toBe(false);
    }
    expect(EDITABLE_SUPPORTS).not.toContain('glossary');
    const glossary = SupportsFormSchema.parse({ classId: CLASS, students: [ANA], 'glossary.policy': 'off' });
    expect(glossary.edit).toEqual({});
  });

  it('offers only settings a profile takes', () => {
    for (const [id, field] of Object.entries(SUPPORT_SETTING) as [keyof typeof SUPPORT_SETTING, string][]) {
      for (const value of settingChoices(id)) {
        const merged = mergeSupportProfile(DEFAULT_SUPPORT_PROFILE, { [id]: { [field]: value } });
        expect(merged.status, `${id} ${value}`).toBe('ok');
        if (merged.status === 'ok') expect(SupportProfileSchema.parse(merged.profile)).toEqual(merged.profile);
      }
    }
  });
});
