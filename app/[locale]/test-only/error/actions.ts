'use server';

import { z } from 'zod';
import { postAction } from '@/server/action-kit';
import { isBrowserTestServer } from '@/server/testing/browser-test-server';

/**
 * A form action that fails on purpose (see page.tsx), built with the action kit as every action of the app is, so
 * that the test sees what a real action's failure shows. Elsewhere than the browser tests' server it does nothing.
 */
export const crashAction = postAction({ schema: z.object({}), invalidHref: '/' }, async () => {
  if (isBrowserTestServer()) throw new Error('test-only: a form action that fails');
});
