import { describe, expect, it } from 'vitest';
import { SHARED_PAGE_HEADER as MARKED_BY_PROXY } from '@/lib/page-policy';
import {
  cachePolicyFor,
  PRIVATE_CACHE_CONTROL,
  SHARED_PAGE_CACHE_CONTROL,
  SHARED_PAGE_HEADER,
} from './cache-policy.mjs';

const html = { 'content-type': 'text/html; charset=utf-8' };
const sharedPage = { ...html, [SHARED_PAGE_HEADER]: '1', etag: '"v1"', 'cache-control': 's-maxage=31536000' };

describe('cachePolicyFor', () => {
  it('reads the mark proxy.ts sets', () => {
    expect(SHARED_PAGE_HEADER).toBe(MARKED_BY_PROXY);
  });

  it('lets a shared cache keep a page built for everyone, with its validator, a 304 included', () => {
    expect(cachePolicyFor(200, sharedPage)).toEqual({ cacheControl: SHARED_PAGE_CACHE_CONTROL, shared: true });
    expect(cachePolicyFor(304, sharedPage)).toEqual({ cacheControl: SHARED_PAGE_CACHE_CONTROL, shared: true });
    expect(SHARED_PAGE_CACHE_CONTROL).toMatch(/\bpublic\b.*\bs-maxage=\d+/);
  });

  it('keeps nothing that sets a cookie, lacks a validator or was not marked, whatever Next.js said', () => {
    const privately = { cacheControl: PRIVATE_CACHE_CONTROL, shared: false };
    expect(cachePolicyFor(200, { ...sharedPage, 'set-cookie': ['NEXT_LOCALE=en'] })).toEqual(privately);
    expect(cachePolicyFor(200, { ...sharedPage, etag: undefined })).toEqual(privately);
    expect(cachePolicyFor(404, sharedPage)).toEqual(privately);
    expect(cachePolicyFor(200, { ...html, 'cache-control': 's-maxage=31536000' })).toEqual(privately);
    expect(cachePolicyFor(200, { 'content-type': 'application/json', 'cache-control': 'public' })).toEqual(privately);
    expect(cachePolicyFor(200, { 'content-type': 'text/x-component' })).toEqual(privately);
    expect(cachePolicyFor(200, { 'content-type': 'text/csv; charset=utf-8' })).toEqual(privately);
    expect(PRIVATE_CACHE_CONTROL).toBe('private, no-store');
  });

  it("leaves Next.js's build files and public files as Next.js sent them", () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(cachePolicyFor(200, { 'content-type': 'application/javascript', 'cache-control': immutable })).toEqual({
      cacheControl: immutable,
      shared: false,
    });
    expect(cachePolicyFor(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=0' })).toEqual({
      cacheControl: 'public, max-age=0',
      shared: false,
    });
  });

  it('keeps nothing that says nothing: a 404 without a body or a Cache-Control is private', () => {
    expect(cachePolicyFor(404, {})).toEqual({ cacheControl: PRIVATE_CACHE_CONTROL, shared: false });
  });
});
