/** A page's title in the browser's tab: the page's own, then the app's name (app/[locale]/layout.tsx). */
export const pageTitle = (title: string) => `${title} · Fuente`;
