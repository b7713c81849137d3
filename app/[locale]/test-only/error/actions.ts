'use server';

import { isBrowserTestServer } from '@/server/testing/browser-test-server';

/** A form action that fails on purpose (see page.tsx); elsewhere than the browser tests' server it does nothing. */
export async function crashAction(): Promise<void> {
  if (isBrowserTestServer()) throw new Error('test-only: a form action that fails');
}
