'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { tellServiceWorkerWhenReady } from '@/lib/offline/service-worker-client';

/**
 * Asks the service worker to keep this lesson's pages and the learner's state on the device, and says so once they
 * are kept. Nothing shows where there is no worker (development, or a browser without service workers).
 */
export function KeepLessonOffline({ paths, className }: { paths: string[]; className?: string }) {
  const t = useTranslations('OfflineLesson');
  const [kept, setKept] = useState(false);
  const key = paths.join('\n');
  useEffect(() => {
    let live = true;
    void tellServiceWorkerWhenReady({ type: 'keep-offline', urls: key.split('\n') }).then((reply) => {
      if (live && (reply as { type?: string } | null)?.type === 'kept') setKept(true);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return (
    <p className={className} data-offline-ready={kept ? 'true' : 'false'} aria-live="polite">
      {kept ? t('kept') : ''}
    </p>
  );
}
