import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { GLOBAL_ERROR_TEXT } from './global-error-text';

describe('the global error page’s words', () => {
  it('are the messages’ ErrorPage, in both languages', () => {
    expect(GLOBAL_ERROR_TEXT).toEqual({ en: en.ErrorPage, es: es.ErrorPage });
  });
});
