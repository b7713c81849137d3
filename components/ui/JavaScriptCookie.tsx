'use client';

import { useEffect } from 'react';
import { JS_COOKIE } from '@/lib/prerendered-page';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers that this browser runs the app's JavaScript, so that its next reading pages can be the prerendered copy
 * (lib/prerendered-page.ts). The cookie holds "1" and nothing about the learner. A browser without JavaScript
 * never sets it and keeps getting pages rendered with its state.
 */
export function JavaScriptCookie() {
  useEffect(() => {
    if (document.cookie.split('; ').includes(`${JS_COOKIE}=1`)) return;
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${JS_COOKIE}=1; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax${secure}`;
  }, []);
  return null;
}
