import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf, screenRequest } from './serve.mjs';

describe('clientAddressOf', () => {
  it('takes the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf('10.0.0.5', '203.0.113.9, 198.51.100.1', 0)).toBe('10.0.0.5');
    expect(clientAddressOf('10.0.0.5', undefined, 0)).toBe('10.0.0.5');
  });

  it('takes the hop the outermost trusted proxy saw, never one a client wrote before it', () => {
    // Client forged "1.1.1.1"; the one proxy appended the real client 203.0.113.9 and connects from 10.0.0.5.
    expect(clientAddressOf('10.0.0.5', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddressOf('10.0.0.6', '1.1.1.1, 203.0.113.9, 10.0.0.5', 2)).toBe('203.0.113.9');
    // Fewer hops than trusted proxies: the leftmost there is.
    expect(clientAddressOf('10.0.0.5', '', 2)).toBe('10.0.0.5');
  });
});

describe('screenRequest', () => {
  const request = (method: string, headers: Record<string, string>, encrypted = false) =>
    ({
      method,
      headers: { ...headers },
      socket: { remoteAddress: '10.0.0.5', encrypted },
    }) as unknown as IncomingMessage;

  it('replaces what a client says about its address and protocol with what the server knows', () => {
    const forged = request('GET', {
      'x-fuente-client-address': '1.1.1.1',
      'x-fuente-https': '1',
      'x-forwarded-for': '2.2.2.2',
      'x-forwarded-proto': 'https',
    });
    expect(screenRequest(forged, 0)).toBeNull();
    expect(forged.headers).toEqual({ 'x-fuente-client-address': '10.0.0.5' });
    const proxied = request('GET', { 'x-forwarded-for': '2.2.2.2', 'x-forwarded-proto': 'https' });
    expect(screenRequest(proxied, 1)).toBeNull();
    expect(proxied.headers).toMatchObject({ 'x-fuente-client-address': '2.2.2.2', 'x-fuente-https': '1' });
  });

  it('refuses a body without a declared length (411) or over 1 MiB (413)', () => {
    expect(screenRequest(request('POST', { 'transfer-encoding': 'chunked' }), 0)).toBe(411);
    expect(screenRequest(request('POST', {}), 0)).toBe(411);
    expect(screenRequest(request('POST', { 'content-length': String(1024 * 1024 + 1) }), 0)).toBe(413);
    expect(screenRequest(request('POST', { 'content-length': '20' }), 0)).toBeNull();
    expect(screenRequest(request('GET', {}), 0)).toBeNull();
  });
});
