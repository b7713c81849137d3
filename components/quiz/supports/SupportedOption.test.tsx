import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { NO_QUIZ_SUPPORTS } from '@/lib/supports/quiz-view';
import { QuizSupportsContext } from './quiz-supports-context';
import { SupportedOption } from './SupportedOption';

function option(supports = NO_QUIZ_SUPPORTS, onFormChange = () => {}) {
  return renderWithIntl(
    <QuizSupportsContext value={supports}>
      <form onChange={onFormChange}>
        <SupportedOption optionId="a" number={1} text="Roughly 2,000 children">
          <label>
            <input type="radio" name="optionId" value="a" />
            <span>Roughly 2,000 children</span>
          </label>
        </SupportedOption>
      </form>
    </QuizSupportsContext>,
  );
}

describe('an option with the profile’s tools', () => {
  it('is the bare option without them', () => {
    option();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(document.querySelector('details')).toBeNull();
  });

  it('rules out without telling the item’s form, whose changes are saves', () => {
    const formChanged = vi.fn();
    option({ ...NO_QUIZ_SUPPORTS, elimination: true }, formChanged);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Rule out: Roughly 2,000 children' }));
    expect(screen.getByRole('checkbox', { name: /^Rule out/ })).toBeChecked();
    expect(formChanged).not.toHaveBeenCalled();
    // Choosing the option itself still reaches the form.
    fireEvent.click(screen.getByRole('radio'));
    expect(formChanged).toHaveBeenCalledTimes(1);
  });

  it('is masked behind a closed disclosure when masking is on, an open one when it is offered', () => {
    const masked = option({ ...NO_QUIZ_SUPPORTS, masking: { startHidden: true } });
    expect(document.querySelector('details')?.open).toBe(false);
    expect(screen.getByText('Show option 1').tagName).toBe('SUMMARY');
    masked.unmount();
    option({ ...NO_QUIZ_SUPPORTS, masking: { startHidden: false } });
    expect(document.querySelector('details')?.open).toBe(true);
  });

  it('marks the option while it is read aloud, and unmarks it when the reading ends', async () => {
    const spoken: { text: string; onend: () => void }[] = [];
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ name: 'Samantha', lang: 'en-US', localService: true }],
      speak: (utterance: { text: string; onend: () => void }) => spoken.push(utterance),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        constructor(public text: string) {}
      },
    );
    option({ ...NO_QUIZ_SUPPORTS, readAloud: { ratePercent: 100 } });
    const row = () => document.querySelector('[data-being-read]');
    fireEvent.click(await screen.findByRole('button', { name: 'Listen: Roughly 2,000 children' }));
    expect(spoken.map((utterance) => utterance.text)).toEqual(['Roughly 2,000 children']);
    expect(row()?.textContent).toContain('Roughly 2,000 children');
    act(() => spoken[0]!.onend());
    await waitFor(() => expect(row()).toBeNull());
  });
});

afterEach(() => vi.unstubAllGlobals());
