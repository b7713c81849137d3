import { describe, expect, it } from 'vitest';
import { pagePolicy, type StaticPages } from './page-policy';

const built: StaticPages = {
  pages: { '/en': ["'sha256-home'"], '/es': ["'sha256-inicio'"] },
  notFound: ["'sha256-missing'"],
};

function scriptSrc(policy: string): string {
  return policy.split('; ').find((directive) => directive.startsWith('script-src '))!;
}

describe('pagePolicy', () => {
  it('names a prerendered page’s scripts by hash, without a nonce', () => {
    const { policy, nonce } = pagePolicy({ method: 'GET', pathname: '/es' }, built);
    expect(nonce).toBeUndefined();
    expect(scriptSrc(policy)).toBe("script-src 'self' 'sha256-inicio'");
  });

  it('treats a trailing slash and HEAD like the page itself', () => {
    expect(pagePolicy({ method: 'HEAD', pathname: '/en/' }, built).nonce).toBeUndefined();
  });

  it('gives a page rendered per request a fresh nonce, and allows the prerendered 404 page’s scripts', () => {
    const first = pagePolicy({ method: 'GET', pathname: '/en/join' }, built);
    const second = pagePolicy({ method: 'GET', pathname: '/en/join' }, built);
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(scriptSrc(first.policy)).toBe(`script-src 'self' 'nonce-${first.nonce}' 'sha256-missing'`);
  });

  it('renders a Server Action’s POST to a prerendered page per request, with a nonce', () => {
    const { policy, nonce } = pagePolicy({ method: 'POST', pathname: '/en' }, built);
    expect(nonce).toBeTruthy();
    expect(policy).not.toContain('sha256-home');
  });

  it('uses nonces everywhere in development, where every page renders per request and React needs eval', () => {
    const { policy, nonce } = pagePolicy({ method: 'GET', pathname: '/en' }, built, true);
    expect(nonce).toBeTruthy();
    expect(scriptSrc(policy)).toContain("'unsafe-eval'");
    expect(scriptSrc(pagePolicy({ method: 'GET', pathname: '/en/join' }, built).policy)).not.toContain('unsafe-eval');
  });

  it('never allows inline scripts wholesale, and keeps the rest of the policy strict', () => {
    for (const request of [
      { method: 'GET', pathname: '/en' },
      { method: 'GET', pathname: '/en/join' },
    ]) {
      const { policy } = pagePolicy(request, built);
      expect(scriptSrc(policy)).not.toContain('unsafe-inline');
      expect(scriptSrc(policy)).not.toContain('strict-dynamic');
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });
});
