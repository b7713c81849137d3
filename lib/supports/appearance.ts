import { LETTER_SPACING_EM, LINE_HEIGHT, TEXT_SCALE } from '../reading-preferences';
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
