import en from '../../messages/en.json';
import es from '../../messages/es.json';

/** Both languages with their messages, so every browser test runs once per language. */
export const LOCALES = [
  { locale: 'en', messages: en, lessonTitle: 'U.N. Agencies Criticize the U.S. “Zero Tolerance” Migrant Policy' },
  {
    locale: 'es',
    messages: es,
    lessonTitle: 'Agencias de la ONU critican la política migratoria de “tolerancia cero” de EE. UU.',
  },
] as const;

export const LESSON_SLUG = 'zero-tolerance';
