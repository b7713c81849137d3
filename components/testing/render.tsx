import type { ReactElement, ReactNode } from 'react';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import es from '@/messages/es.json';

const MESSAGES = { en, es } as const;

/** Renders a client component as the app does: inside next-intl's provider, with the real messages of a locale. */
export function renderWithIntl(
  ui: ReactElement,
  { locale = 'en', ...options }: { locale?: Locale } & Omit<RenderOptions, 'wrapper'> = {},
) {
  return render(ui, { wrapper: intlWrapper(locale), ...options });
}

/** Runs a hook as a client component would, inside next-intl's provider. */
export function renderHookWithIntl<Result, Props>(hook: (props: Props) => Result, locale: Locale = 'en') {
  return renderHook(hook, { wrapper: intlWrapper(locale) });
}

function intlWrapper(locale: Locale) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
        {children}
      </NextIntlClientProvider>
    );
  };
}
