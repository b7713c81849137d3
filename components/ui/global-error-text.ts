import type en from '@/messages/en.json';

type ErrorText = (typeof en)['ErrorPage'];

/**
 * The error page's words for app/global-error.tsx, which replaces the language layout and so has no messages to read
 * from: copied here from messages/*.json "ErrorPage" (global-error-text.test.ts keeps them equal), because importing
 * the message files would put every message of both languages in the script of every page.
 */
export const GLOBAL_ERROR_TEXT: Record<'en' | 'es', ErrorText> = {
  en: {
    title: 'Something went wrong',
    body: 'This page could not be shown because of a problem on our side. Try again in a moment, or go to the home page.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  es: {
    title: 'Algo salió mal',
    body: 'No pudimos mostrar esta página por un problema de nuestra parte. Inténtalo de nuevo en un momento o ve a la página de inicio.',
    retry: 'Intentar de nuevo',
    home: 'Ir a la página de inicio',
  },
};
