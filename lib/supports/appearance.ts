import {
  DEFAULT_READING_PREFERENCE,
  LETTER_SPACING_EM,
  LINE_HEIGHT,
  TEXT_SCALE,
  type ReadingPreference,
} from '../reading-preferences';
import type { SupportProfile } from './profile';
import type { Appearance } from './quiz-view';

/**
 * The readable font's stack: the self-hosted Atkinson Hyperlegible (the quiz imports it), then the page's own stack,
 * written out: a custom property cannot name itself.
 */
const READABLE_FONT = "'Atkinson Hyperlegible', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/**
 * A profile's text settings as the custom properties the quiz's styles read (components/quiz/Quiz.module.css):
 * `--support-scale` multiplies every font size, the font variables name the readable font, and line height and letter
 * spacing inherit. Nothing for a setting the profile leaves alone.
 */
export function appearanceStyle(appearance: Appearance): Record<string, string | number> {
  const style: Record<string, string | number> = {};
  if (appearance.textSize) style['--support-scale'] = TEXT_SCALE[appearance.textSize];
  if (appearance.lineSpacing) {
    style.lineHeight = LINE_HEIGHT[appearance.lineSpacing];
    // For the rules that set a line height of their own (the question's).
    style['--support-line-height'] = LINE_HEIGHT[appearance.lineSpacing];
  }
  if (appearance.letterSpacing) style.letterSpacing = `${LETTER_SPACING_EM[appearance.letterSpacing]}em`;
  if (appearance.font === 'readable') {
    style['--font-body'] = READABLE_FONT;
    style['--font-reading'] = READABLE_FONT;
    style.fontFamily = READABLE_FONT;
  }
  return style;
}

/**
 * The reading page's text settings before the student saves their own: the profile's size and spacing where it turns
 * them on from the start, the page's defaults otherwise. A student's own choice, once saved, wins.
 */
export function startingReadingPreference(profile: SupportProfile): ReadingPreference {
  return {
    textSize: profile.textSize.policy === 'on' ? profile.textSize.size : DEFAULT_READING_PREFERENCE.textSize,
    lineSpacing:
      profile.lineSpacing.policy === 'on' ? profile.lineSpacing.spacing : DEFAULT_READING_PREFERENCE.lineSpacing,
  };
}
