import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module under a given FUENTE_SECRET (the secret is read once per module instance). */
async function codesUnder(secret: string) {
  vi.resetModules();
  vi.stubEnv('FUENTE_SECRET', secret);
  return import('./resume-codes');
}

describe('sealed resume codes', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('opens to the code that was sealed, and differs each time it is sealed', async () => {
    const codes = await codesUnder('one secret that is long enough for the schema');
    const code = codes.newResumeCode();
    const [first, second] = [codes.sealResumeCode(code), codes.sealResumeCode(code)];
    expect(first).not.toBe(second);
    expect(first).not.toContain(code);
    expect(first.length).toBeLessThanOrEqual(100);
    expect([codes.openResumeCode(first), codes.openResumeCode(second)]).toEqual([code, code]);
    expect(codes.storedResumeCode(code).resumeCodeHash).toBe(codes.resumeCodeDigest(code));
  });

  it('opens nothing sealed under another secret, altered, or malformed', async () => {
    const before = await codesUnder('one secret that is long enough for the schema');
    const sealed = before.sealResumeCode('ABCDEFGH');
    const after = await codesUnder('another secret that is long enough for the schema');
    expect(after.openResumeCode(sealed)).toBeNull();
    const same = await codesUnder('one secret that is long enough for the schema');
    expect(same.openResumeCode(sealed)).toBe('ABCDEFGH');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0]! ^= 1;
    expect(same.openResumeCode([...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toBeNull();
    for (const broken of [null, undefined, '', 'v1', 'v2.a.b.c', 'v1.!.!.!'])
      expect(same.openResumeCode(broken)).toBeNull();
  });
});
