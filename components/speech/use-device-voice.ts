'use client';

import { useEffect, useState } from 'react';
import { deviceVoiceFor } from '@/lib/device-voice';

/**
 * 'checking' until the browser has listed its voices (Chrome lists them late, on "voiceschanged"), and for good
 * without speech synthesis or JavaScript; 'unavailable' when the device has no voice of its own for the language.
 */
export type VoiceState = 'checking' | 'unavailable' | 'ready';

// A browser that lists no voice at all this long after the page loads has none to list.
const VOICES_WAIT_MS = 2000;

/** Whether this device can read `language` aloud by itself, kept up to date as the browser lists its voices. */
export function useDeviceVoice(language: string): VoiceState {
  const [state, setState] = useState<VoiceState>('checking');
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const check = (giveUp = false) => {
      const voices = synth.getVoices();
      if (voices.length === 0 && !giveUp) return;
      setState(deviceVoiceFor(voices, language) ? 'ready' : 'unavailable');
    };
    const onVoices = () => check();
    check();
    const timer = window.setTimeout(() => check(true), VOICES_WAIT_MS);
    synth.addEventListener('voiceschanged', onVoices);
    return () => {
      window.clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onVoices);
      synth.cancel();
    };
  }, [language]);
  return state;
}

/** The device's own voice for the language now, or undefined: never speak without one (lib/device-voice.ts). */
export function currentDeviceVoice(language: string): SpeechSynthesisVoice | undefined {
  return deviceVoiceFor(window.speechSynthesis.getVoices(), language);
}
