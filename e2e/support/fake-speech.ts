/** A stand-in for the browser's speech synthesis, which headless Chromium lacks: it records what it is asked to say. */
export const FAKE_SPEECH = () => {
  const voices = [
    // Network voices first, as Chrome lists its "Google …" voices: read-aloud must pass over them (lib/device-voice.ts).
    { lang: 'en-US', name: 'Network English', localService: false },
    { lang: 'es-ES', name: 'Network Spanish', localService: false },
    { lang: 'en-US', name: 'Test English', localService: true },
    { lang: 'es-MX', name: 'Test Spanish', localService: true },
  ];
  const spoken: string[] = [];
  /** The voice each text was said with. */
  const voicesUsed: string[] = [];
  Object.assign(window, { spoken, voicesUsed });
  class FakeUtterance {
    text: string;
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    lang = '';
    rate = 1;
    voice: { name: string } | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      // Starts each sentence and never finishes it, so the test sees one sentence highlighted.
      speak: (utterance: FakeUtterance) => {
        spoken.push(utterance.text);
        voicesUsed.push(utterance.voice?.name ?? 'none');
        setTimeout(() => utterance.onstart?.(), 0);
      },
      cancel: () => {},
      pause: () => {},
      resume: () => {},
    },
  });
};
