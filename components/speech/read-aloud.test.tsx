import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { ReadAloud } from '@/components/lesson/ReadAloud';
import { ListenToPrompt } from '@/components/quiz/items/ListenToPrompt';
import en from '@/messages/en.json';
import es from '@/messages/es.json';

// A browser's speech synthesis, with the voices a test gives it; `speak` records what would have been said.
function fakeSpeech(voices: Partial<SpeechSynthesisVoice>[]) {
  const speak = vi.fn();
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak,
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      constructor(public text: string) {}
    },
  );
  return speak;
}

const googleVoice = { name: 'Google US English', lang: 'en-US', localService: false };
const deviceVoice = { name: 'Samantha', lang: 'en-US', localService: true };
const sentences = [{ id: 'p1s1', text: 'The U.N. criticized the policy.' }];

afterEach(() => vi.unstubAllGlobals());

describe('read-aloud stays on the device', () => {
  it('with only a network voice, says read-aloud is unavailable and never speaks', async () => {
    const speak = fakeSpeech([googleVoice]);
    renderWithIntl(<ReadAloud sentences={sentences} language="en" />);
    expect(await screen.findByText(en.ReadAloud.unavailable)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(speak).not.toHaveBeenCalled();
  });

  it('says so for a question too, in Spanish', async () => {
    const speak = fakeSpeech([{ ...googleVoice, lang: 'es-ES', name: 'Google español' }]);
    renderWithIntl(<ListenToPrompt text="¿Por qué?" />, { locale: 'es' });
    expect(await screen.findByText(es.Quiz.written.listenUnavailable)).toBeVisible();
    expect(speak).not.toHaveBeenCalled();
  });

  it('speaks with the device’s own voice, never the network one listed first', async () => {
    const speak = fakeSpeech([googleVoice, deviceVoice]);
    renderWithIntl(<ReadAloud sentences={sentences} language="en" />);
    await userEvent.click(await screen.findByRole('button', { name: en.ReadAloud.play }));
    expect(speak).toHaveBeenCalledTimes(1);
    expect(speak.mock.calls[0]![0]).toMatchObject({ text: sentences[0]!.text, voice: deviceVoice });
  });

  it('waits for the browser to list its voices before saying anything', async () => {
    vi.useFakeTimers();
    try {
      fakeSpeech([]);
      renderWithIntl(<ListenToPrompt text="Why?" />);
      expect(screen.queryByText(en.Quiz.written.listenUnavailable)).toBeNull();
      await act(async () => vi.advanceTimersByTime(2500));
      expect(screen.getByText(en.Quiz.written.listenUnavailable)).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });
});
