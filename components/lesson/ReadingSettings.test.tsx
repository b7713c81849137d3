import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import type { LessonActions } from './lesson-actions';
import { ReadingSettings } from './ReadingSettings';

type SavePreference = LessonActions['saveReadingPreference'];
type ReadingPreferenceState = Awaited<ReturnType<SavePreference>>;

// The page hands the settings their Server Action; the tests hand them a fake whose reply they send when they want.
const save = vi.fn<SavePreference>();
let reply: (state: ReadingPreferenceState) => void;

const unanswered = new Set<(state: ReadingPreferenceState) => void>();

beforeEach(() => {
  save.mockImplementation(
    () =>
      new Promise((resolve) => {
        unanswered.add(resolve);
        reply = (state) => {
          unanswered.delete(resolve);
          resolve(state);
        };
      }),
  );
});

// React holds every later transition until a pending async action settles, so no test may leave one pending.
afterEach(() => {
  for (const resolve of unanswered) resolve({ status: 'idle' });
  unanswered.clear();
});

/** The settings beside an article, as on the reading page, which marks the article with data-reading-root. */
function renderPage(locale: 'en' | 'es' = 'en') {
  const view = renderWithIntl(
    <>
      <ReadingSettings save={save} preference={{ textSize: 'medium', lineSpacing: 'relaxed' }} />
      <section data-reading-root data-testid="article" />
    </>,
    { locale },
  );
  return { ...view, article: screen.getByTestId('article') };
}

describe('ReadingSettings', () => {
  it('shows the saved preference as the checked choices', () => {
    renderPage();
    const size = screen.getByRole('group', { name: 'Text size' });
    expect(
      within(size)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['small', 'medium', 'large', 'xlarge']);
    expect(within(size).getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Relaxed' })).toBeChecked();
  });

  it('resizes the article at once, then saves the whole preference', async () => {
    const user = userEvent.setup();
    const { article, rerender } = renderPage();

    await user.click(screen.getByRole('radio', { name: 'Large' }));

    // Applied before the server has answered.
    expect(article.style.getPropertyValue('--reading-scale')).toBe('1.2');
    expect(article.style.getPropertyValue('--reading-leading')).toBe('1.75');
    expect(save).toHaveBeenCalledTimes(1);
    const formData = save.mock.calls[0]![1];
    expect(Object.fromEntries(formData)).toEqual({ textSize: 'large', lineSpacing: 'relaxed' });
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();

    reply({ status: 'ok', preference: { textSize: 'large', lineSpacing: 'relaxed' }, message: 'Text settings saved.' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Text settings saved.'));
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
    expect(article.style.getPropertyValue('--reading-scale')).toBe('1.2');

    // The action revalidates the page, which renders again with the saved preference checked.
    rerender(
      <>
        <ReadingSettings save={save} preference={{ textSize: 'large', lineSpacing: 'relaxed' }} />
        <section data-reading-root data-testid="article" />
      </>,
    );
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
  });

  it('changes the line spacing the same way', async () => {
    const user = userEvent.setup();
    const { article } = renderPage();
    await user.click(screen.getByRole('radio', { name: 'Loose' }));
    expect(article.style.getPropertyValue('--reading-leading')).toBe('2.1');
    expect(Object.fromEntries(save.mock.calls[0]![1])).toEqual({ textSize: 'medium', lineSpacing: 'loose' });
  });

  it('shows the error the action returns; the article keeps the size the learner chose', async () => {
    const user = userEvent.setup();
    const { article } = renderPage();
    await user.click(screen.getByRole('radio', { name: 'Small' }));
    reply({ status: 'error', message: 'Those settings could not be saved.' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Those settings could not be saved.'));
    expect(article.style.getPropertyValue('--reading-scale')).toBe('0.9');
    expect(screen.getByRole('button', { name: 'Apply' })).toBeEnabled();
  });

  // React resets a submitted form once its action has finished, which put the radios back to the saved preference
  // ("Medium") after a failed save while the article stayed small. Seen failing before the component stopped submitting.
  it('keeps the choice checked after a failed save', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(screen.getByRole('radio', { name: 'Small' }));
    reply({ status: 'error', message: 'Those settings could not be saved.' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Those settings could not be saved.'));
    expect(screen.getByRole('radio', { name: 'Small' })).toBeChecked();
  });

  it('speaks Spanish with the Spanish messages', async () => {
    const user = userEvent.setup();
    const { article } = renderPage('es');
    const size = screen.getByRole('group', { name: 'Tamaño del texto' });
    expect(within(size).getByRole('radio', { name: 'Mediano' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Amplio' })).toBeChecked();

    await user.click(within(size).getByRole('radio', { name: 'Muy grande' }));
    expect(article.style.getPropertyValue('--reading-scale')).toBe('1.45');
    expect(screen.getByRole('button', { name: 'Aplicar' })).toBeDisabled();
  });
});
