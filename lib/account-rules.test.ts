import { describe, expect, it } from 'vitest';
import { ClassSettingsSchema, DisplayNameSchema, EmailSchema, PasswordSchema } from './account-rules';

describe('password rules', () => {
  it('wants at least 8 characters and takes long passphrases, with no composition rules', () => {
    expect(PasswordSchema.safeParse('seven77').success).toBe(false);
    expect(PasswordSchema.safeParse('eightchr').success).toBe(true);
    expect(PasswordSchema.safeParse('a'.repeat(64)).success).toBe(true);
    expect(PasswordSchema.safeParse('correct horse battery staple, twice over'.repeat(3)).success).toBe(true);
    expect(PasswordSchema.safeParse('x'.repeat(129)).success).toBe(false);
  });
});

describe('emails', () => {
  it('are trimmed and lower-cased, and must look like emails', () => {
    expect(EmailSchema.parse('  Ms.Rivera@School.EDU ')).toBe('ms.rivera@school.edu');
    expect(EmailSchema.safeParse('not-an-email').success).toBe(false);
  });
});

describe('display names', () => {
  it('keep what was typed, minus control characters and extra spaces', () => {
    expect(DisplayNameSchema.parse('  Ana   María ')).toBe('Ana María');
    expect(DisplayNameSchema.parse('<b>Ana</b>')).toBe('<b>Ana</b>');
    expect(DisplayNameSchema.parse('=SUM(A1)')).toBe('=SUM(A1)');
    expect(DisplayNameSchema.parse('Ana\u202E')).toBe('Ana');
    expect(DisplayNameSchema.parse('😀 Leo')).toBe('😀 Leo');
    expect(DisplayNameSchema.safeParse('   ').success).toBe(false);
    expect(DisplayNameSchema.safeParse('x'.repeat(61)).success).toBe(false);
  });
});

describe('class settings', () => {
  it('allow 0, 1, 2 or unlimited (-1) retakes and the two feedback modes', () => {
    expect(
      ClassSettingsSchema.parse({
        feedbackMode: 'deferred',
        retakes: '2',
        defaultLocale: 'es',
        countedAttempt: 'best',
      }),
    ).toEqual({
      feedbackMode: 'deferred',
      retakes: 2,
      defaultLocale: 'es',
      countedAttempt: 'best',
    });
    expect(
      ClassSettingsSchema.safeParse({ feedbackMode: 'immediate', retakes: '3', defaultLocale: 'en' }).success,
    ).toBe(false);
    expect(ClassSettingsSchema.safeParse({ feedbackMode: 'later', retakes: '1', defaultLocale: 'en' }).success).toBe(
      false,
    );
  });

  it('count the latest, first or best attempt, the latest when a form leaves it out', () => {
    expect(
      ClassSettingsSchema.parse({ feedbackMode: 'immediate', retakes: '1', defaultLocale: 'en' }).countedAttempt,
    ).toBe('latest');
    expect(
      ClassSettingsSchema.parse({
        feedbackMode: 'immediate',
        retakes: '1',
        defaultLocale: 'en',
        countedAttempt: 'first',
      }).countedAttempt,
    ).toBe('first');
    expect(
      ClassSettingsSchema.safeParse({
        feedbackMode: 'immediate',
        retakes: '1',
        defaultLocale: 'en',
        countedAttempt: 'median',
      }).success,
    ).toBe(false);
  });
});
