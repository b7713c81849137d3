import {
  DEFAULT_READING_PREFERENCE,
  LETTER_SPACING_EM,
  LINE_HEIGHT,
  TEXT_SCALE,
  type ReadingPreference,
} from '../reading-preferences';
import type { SupportProfile } from './profile';
import { quizTools, type Appearance } from './quiz-view';

/**
 * The readable font's stack: the self-hosted Atkinson Hyperlegible (components/quiz/supports/SupportedArea.tsx
 * imports it), then the page's own stack, written out: a custom property cannot name itself.
 */
const READABLE_FONT = "'Atkinson Hyperlegible', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/**
 * A profile's text settings as the custom properties a student's pages read: `--support-scale` multiplies every font
 * size of the quiz and its results (components/quiz/Quiz.module.css), `--reading-scale` and `--reading-leading` the
 * article's (components/lesson/Reading.module.css), the font variables name the readable font, line height inherits,
 * and `--support-letter-spacing` is the letter spacing of every element. Nothing for a setting the profile leaves alone.
 */
export function appearanceStyle(appearance: Appearance): Record<string, string | number> {
  const style: Record<string, string | number> = {};
  if (appearance.textSize) {
    style['--support-scale'] = TEXT_SCALE[appearance.textSize];
    // The text that sets no size of its own, and an article's (guided reading), which follows the reading settings.
    style.fontSize = `${TEXT_SCALE[appearance.textSize]}rem`;
    style['--reading-scale'] = TEXT_SCALE[appearance.textSize];
  }
  if (appearance.lineSpacing) {
    style.lineHeight = LINE_HEIGHT[appearance.lineSpacing];
    // For the rules that set a line height of their own (the question's, the article's).
    style['--support-line-height'] = LINE_HEIGHT[appearance.lineSpacing];
    style['--reading-leading'] = LINE_HEIGHT[appearance.lineSpacing];
  }
  // Not `letter-spacing` itself: a length in em inherits as the parent's pixels, too tight for larger text. The area's
  // rule (components/quiz/supports/SupportedArea.module.css) sets it on every element from this, in its own em.
  if (appearance.letterSpacing) style['--support-letter-spacing'] = `${LETTER_SPACING_EM[appearance.letterSpacing]}em`;
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

/**
 * What the reading page takes from a profile besides the text size and line spacing, which start its own settings
 * (startingReadingPreference): letter spacing and font on the whole page, the rate read-aloud starts at (the profile's
 * unless it turns read-aloud off), and the line focus.
 */
export type ReadingSupports = {
  appearance: Pick<Appearance, 'letterSpacing' | 'font'>;
  readAloudRatePercent: number;
  lineFocus: boolean;
};

export const NO_READING_SUPPORTS: ReadingSupports = { appearance: {}, readAloudRatePercent: 100, lineFocus: false };

/** The reading page's supports, under the profile with the student's own choices on (quizTools). */
export function readingSupports(profile: SupportProfile, chosen: readonly string[] = []): ReadingSupports {
  const { appearance, lineFocus } = quizTools(profile, chosen);
  const { letterSpacing, font } = appearance;
  return {
    appearance: { ...(letterSpacing && { letterSpacing }), ...(font && { font }) },
    readAloudRatePercent: profile.readAloud.policy === 'off' ? 100 : profile.readAloud.ratePercent,
    lineFocus,
  };
}
