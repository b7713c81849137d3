'use client';

import { useEffect, useRef } from 'react';

type Props = {
  title: string;
  body: string;
  /** "Try again", where the page can try again (with JavaScript). */
  retryLabel?: string;
  homeLabel: string;
  homeHref: string;
  onRetry?: () => void;
  headingLevel?: 1 | 2;
};

/**
 * What a page that failed shows instead (app/[locale]/error.tsx, app/global-error.tsx): what happened, and two ways
 * on. The heading takes the focus, so that a screen reader announces the change rather than silence.
 */
export function ErrorMessage({ title, body, retryLabel, homeLabel, homeHref, onRetry, headingLevel = 1 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingLevel === 1) heading.current?.focus();
  }, [headingLevel]);
  return (
    <>
      <Heading ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <p>{body}</p>
      <p>
        {onRetry && (
          <>
            <button type="button" className="button" onClick={onRetry}>
              {retryLabel}
            </button>{' '}
          </>
        )}
        <a href={homeHref}>{homeLabel}</a>
      </p>
    </>
  );
}
