'use client';

import { useTranslations } from 'next-intl';
import type { PostAction } from '@/lib/action-result';
import { forgetOfflineLearner } from '@/lib/offline/service-worker-client';
import { clearPending } from '@/lib/quiz/pending-answers';

/**
 * Signs the student out; their unsent answers kept in this browser go too, so nobody sends them later, and so do
 * the lesson's offline copies with their state.
 */
export function SignOutForm({ queueOwner, signOut }: { queueOwner: string; signOut: PostAction }) {
  const t = useTranslations('Join');
  return (
    <form
      action={signOut}
      onSubmit={() => {
        clearPending(localStorage, queueOwner);
        forgetOfflineLearner();
      }}
    >
      <button type="submit" className="button button-secondary">
        {t('signOut')}
      </button>
    </form>
  );
}
