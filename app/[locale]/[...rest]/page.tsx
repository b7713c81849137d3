import { notFound } from 'next/navigation';

// Any address under a language that names no page: that language's 404 (../not-found.tsx), inside the app's layout
// with its header, instead of the prerendered page for addresses of no known language (app/not-found.tsx).
export const dynamicParams = true;

export default function UnknownPage() {
  notFound();
}
