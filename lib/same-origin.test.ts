import { describe, expect, it } from 'vitest';
import { isCrossOrigin } from './same-origin';

const request = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });

describe('isCrossOrigin', () => {
  it('lets reads through whatever their origin', () => {
    expect(isCrossOrigin(request('GET', { origin: 'https://attacker.example', host: 'fuente.example' }))).toBe(false);
  });

  it('accepts a POST from the page’s own origin, also behind a proxy that names the public host', () => {
    expect(isCrossOrigin(request('POST', { origin: 'https://fuente.example', host: 'fuente.example' }))).toBe(false);
    expect(
      isCrossOrigin(
        request('POST', {
          origin: 'https://fuente.example',
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'fuente.example',
        }),
      ),
    ).toBe(false);
  });

  it('refuses a POST from another site, without an origin, or with an origin that is no URL', () => {
    expect(isCrossOrigin(request('POST', { origin: 'https://attacker.example', host: 'fuente.example' }))).toBe(true);
    expect(isCrossOrigin(request('POST', { host: 'fuente.example' }))).toBe(true);
    expect(isCrossOrigin(request('POST', { origin: 'null', host: 'fuente.example' }))).toBe(true);
  });
});
