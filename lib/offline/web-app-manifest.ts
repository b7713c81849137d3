import type { MetadataRoute } from 'next';

/** The app's colours as the installed app shows them (app/globals.css: light background and accent). */
export const THEME_COLORS = { light: '#0b5e7c', dark: '#141416', background: '#f7f6f2' } as const;

const ICONS: MetadataRoute.Manifest['icons'] = [
  { src: '/icons/any-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/any-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/**
 * The web app manifest of one language: a Chromebook installs "Fuente" in the language the student reads in, and
 * the installed app opens on that language's lesson list. Each language is its own app (`id`), so installing both
 * keeps both.
 */
export function webAppManifest(
  locale: string,
  text: { name: string; description: string },
): MetadataRoute.Manifest & { lang: string; dir: 'ltr' } {
  return {
    id: `/${locale}`,
    name: text.name,
    short_name: 'Fuente',
    description: text.description,
    lang: locale,
    dir: 'ltr',
    start_url: `/${locale}`,
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLORS.background,
    theme_color: THEME_COLORS.light,
    icons: ICONS,
  };
}
