'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { JoinedCard } from '@/lib/join-request';
import { pageTitle } from '@/lib/page-title';
import { Welcome, WELCOME_HEADING } from './Welcome';

const ShowWelcome = createContext<((card: JoinedCard) => void) | null>(null);

/** How the join form shows the welcome in place of the join page once it has joined (null outside a JoinFlow). */
export const useShowWelcome = () => useContext(ShowWelcome);

/**
 * The join page, until its form joins with JavaScript: then the welcome, in place, from the join's reply, with the
 * welcome page's address and title, so that a reload or a bookmark shows the same from the server.
 */
export function JoinFlow({ lessonSlug, children }: { lessonSlug: string; children: ReactNode }) {
  const [card, setCard] = useState<JoinedCard | null>(null);
  const t = useTranslations('Join');
  const locale = useLocale();
  useEffect(() => {
    if (!card) return;
    window.history.replaceState(null, '', `/${locale}/join/welcome`);
    document.title = pageTitle(t('welcomeTitle', { name: card.displayName }));
    // The page changed under the student: a screen reader starts again at its heading.
    document.getElementById(WELCOME_HEADING)?.focus();
  }, [card, locale, t]);
  if (card) return <Welcome card={card} lessonSlug={lessonSlug} />;
  return <ShowWelcome.Provider value={setCard}>{children}</ShowWelcome.Provider>;
}
