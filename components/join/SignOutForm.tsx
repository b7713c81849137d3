'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { PostAction } from '@/lib/action-result';
import { forgetOfflineLearner } from '@/lib/offline/service-worker-client';
import { clearPending } from '@/lib/quiz/pending-answers';

/**
 * Signs the student out; their unsent answers kept in this browser go too, so nobody sends them later, and so do
 * the lesson's offline copies with their state. Offline the sign-out could not reach the server: the student would
 * stay signed in with those answers already deleted, so it is refused with a message instead.
 */
export function SignOutForm({ queueOwner, signOut }: { queueOwner: string; signOut: PostAction }) {
  const t = useTranslations('Join');
  const [offline, setOffline] = useState(false);
  return (
    <form
      action={signOut}
      onSubmit={(event) => {
        if (!navigator.onLine) {
          event.preventDefault();
          setOffline(true);
          return;
        }
        setOffline(false);
        clearPending(localStorage, queueOwner);
        forgetOfflineLearner();
      }}
    >
      <button type="submit" className="button button-secondary">
        {t('signOut')}
      </button>
      {offline && <p role="alert">{t('signOutOffline')}</p>}
    </form>
  );
}
