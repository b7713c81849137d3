'use client';

import { useTranslations } from 'next-intl';
import { studentSignOutAction } from '@/app/[locale]/join/actions';
import { clearPending } from '@/lib/quiz/pending-answers';

/** Signs the student out; their unsent answers kept in this browser go too, so nobody sends them later. */
export function SignOutForm({ queueOwner }: { queueOwner: string }) {
  const t = useTranslations('Join');
  return (
    <form action={studentSignOutAction} onSubmit={() => clearPending(localStorage, queueOwner)}>
      <button type="submit" className="button button-secondary">
        {t('signOut')}
      </button>
    </form>
  );
}
