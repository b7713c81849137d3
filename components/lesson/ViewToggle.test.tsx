import { screen, within } from '@testing-library/react';
import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import en from '@/messages/en.json';
import { ViewToggle } from './ViewToggle';

// ViewToggle is an async Server Component: its translations come from next-intl/server, here the English messages.
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: 'LessonPage') => createTranslator({ locale: 'en', messages: en, namespace }),
}));

/** Renders the element the Server Component resolves to; its links (next-intl's Link) read the locale from the provider. */
async function renderToggle(view: 'single' | 'bilingual') {
  return renderWithIntl(await ViewToggle({ slug: 'zero-tolerance', view }));
}

describe('ViewToggle', () => {
  it('offers both views as links, each with its own URL', async () => {
    await renderToggle('single');
    const nav = screen.getByRole('navigation', { name: 'How to show the article' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['English only', 'English and Spanish side by side']);
    expect(within(nav).getByRole('link', { name: 'English only' })).toHaveAttribute(
      'href',
      '/en/lessons/zero-tolerance',
    );
    expect(within(nav).getByRole('link', { name: 'English and Spanish side by side' })).toHaveAttribute(
      'href',
      '/en/lessons/zero-tolerance?view=bilingual',
    );
  });

  it('marks the view being shown as the current page', async () => {
    await renderToggle('bilingual');
    expect(screen.getByRole('link', { name: 'English and Spanish side by side' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'English only' })).not.toHaveAttribute('aria-current');
  });
});
