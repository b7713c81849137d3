import { vi } from 'vitest';
import type * as Passwords from '../auth/passwords';

/**
 * The integration project's setup: hashes made with scrypt at N = 2^10 instead of 2^17. A real hash takes 128 MiB and
 * about 0.4 s of a thread (far more on a busy CI host), and the account tests make hundreds: a minute and a half of
 * every run on each engine. The stored form names its parameters and verifyPassword reads them from it, so every path
 * but the cost is the production one. server/auth/passwords.test.ts (the unit project, not mocked) holds the real
 * parameters; a test that needs the real cost passes SCRYPT_PARAMS itself.
 */
vi.mock('@/server/auth/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof Passwords>();
  const cheap = { ...real.SCRYPT_PARAMS, N: 2 ** 10 };
  let dummy: Promise<string> | undefined;
  return {
    ...real,
    hashPassword: (password: string, params: Passwords.ScryptParams = cheap) => real.hashPassword(password, params),
    dummyPasswordHash: () => (dummy ??= real.hashPassword('not anybody’s password', cheap)),
  };
});
