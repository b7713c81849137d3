// Read-aloud uses only voices that run on the device. Chrome's "Google …" voices are network voices: speaking with
// one sends the text, and the student's address, to Google, and does not work offline. A voice left unset (null)
// lets the browser pick its default, which may be such a voice, so nothing is spoken without a device voice.

/** The first voice of the device itself (localService) for the language, or undefined. */
export function deviceVoiceFor(
  voices: readonly SpeechSynthesisVoice[],
  language: string,
): SpeechSynthesisVoice | undefined {
  return voices.find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language));
}
