import { describe, expect, it } from 'vitest';
import { cookies, headers } from './next-headers';
import { parseCookieHeader, runInScope, serializeCookie } from './request-scope';

const requestWith = (cookie: string) =>
  new Request('http://localhost/api/en/answers', { headers: { cookie, 'x-fuente-https': '1' } });

describe('the direct lane’s stand-in for next/headers', () => {
  it('reads the request’s headers and cookies, the first of a repeated name, percent-decoded', async () => {
    const { result } = await runInScope(requestWith('a=1; b=caf%C3%A9; a=2; broken=%E0%A4%A; =x'), async () => {
      const jar = await cookies();
      return {
        https: (await headers()).get('x-fuente-https'),
        a: jar.get('a')?.value,
        b: jar.get('b')?.value,
        broken: jar.get('broken')?.value,
        missing: jar.has('missing'),
      };
    });
    expect(result).toEqual({ https: '1', a: '1', b: 'café', broken: '%E0%A4%A', missing: false });
  });

  it('returns the cookies the code set, as Set-Cookie values, and reads them back within the request', async () => {
    const { result, setCookies } = await runInScope(requestWith('old=1'), async () => {
      const jar = await cookies();
      jar.set('fuente_session', 'token', { httpOnly: true, sameSite: 'lax', path: '/', secure: true, maxAge: 60 });
      jar.set('old', '', { path: '/', maxAge: 0 });
      return { session: jar.get('fuente_session')?.value, old: jar.has('old') };
    });
    expect(result).toEqual({ session: 'token', old: false });
    expect(setCookies).toEqual([
      expect.stringMatching(
        /^fuente_session=token; Path=\/; Max-Age=60; Expires=.+ GMT; Secure; HttpOnly; SameSite=Lax$/,
      ),
      expect.stringMatching(/^old=; Path=\/; Max-Age=0; Expires=/),
    ]);
  });

  it('refuses to be called outside a request, as Next.js does', async () => {
    await expect(cookies()).rejects.toThrow(/outside a request/);
  });

  it('parses and writes cookies as browsers send and take them', () => {
    expect([...parseCookieHeader(' x = 1 ;y=a=b')]).toEqual([
      ['x', '1'],
      ['y', 'a=b'],
    ]);
    expect(serializeCookie('n', 'a b;', {})).toBe('n=a%20b%3B; Path=/');
  });
});
