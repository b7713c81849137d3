'use client';

import { useEffect } from 'react';
import { useRouter } from '@/i18n/navigation';

/** Re-renders the page from the server every `seconds` while it is visible; scroll position and URL stay put. */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
