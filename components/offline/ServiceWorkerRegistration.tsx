'use client';

import { useEffect } from 'react';
import { registerServiceWorker } from '@/lib/offline/service-worker-client';

/** Installs the service worker (public/sw.js) once a page has loaded, so it never competes with the page itself. */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (document.readyState === 'complete') registerServiceWorker();
    else window.addEventListener('load', registerServiceWorker, { once: true });
    return () => window.removeEventListener('load', registerServiceWorker);
  }, []);
  return null;
}
