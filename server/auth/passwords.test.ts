import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, isCommonPassword, SCRYPT_PARAMS, verifyPassword } from './passwords';

// The unit project: the real module, at the real cost (the integration project hashes cheaply,
// server/testing/cheap-password-hashes.ts).
describe('passwords', () => {
  it('are hashed with scrypt N=2^17, r=8, p=1 and a random salt', async () => {
    expect(SCRYPT_PARAMS).toMatchObject({ N: 131072, r: 8, p: 1 });
    const [first, second] = await Promise.all([
      hashPassword('a long class password'),
      hashPassword('a long class password'),
    ]);
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('a long class password', first)).toBe(true);
    expect(await verifyPassword('a long class passworD', first)).toBe(false);
    expect(await verifyPassword('anything', 'bcrypt$whatever')).toBe(false);
  });

  it('compare an unknown account against a hash as costly as a real one', async () => {
    expect(await dummyPasswordHash()).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('know common passwords', () => {
    for (const common of ['password', '12345678', 'iloveyou', 'Password'])
      expect(isCommonPassword(common), common).toBe(true);
    expect(isCommonPassword('a long class password')).toBe(false);
  });
});
