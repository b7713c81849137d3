// Kept free of zod so that the browser bundle of the reading page does not carry the validation library.

export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export const LINE_SPACINGS = ['normal', 'relaxed', 'loose'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type ReadingPreference = { textSize: TextSize; lineSpacing: LineSpacing };

export const DEFAULT_READING_PREFERENCE: ReadingPreference = { textSize: 'medium', lineSpacing: 'relaxed' };

/** CSS values for each choice: a scale of the base font size and a line height. */
export const TEXT_SCALE: Record<TextSize, number> = { small: 0.9, medium: 1, large: 1.2, xlarge: 1.45 };
export const LINE_HEIGHT: Record<LineSpacing, number> = { normal: 1.5, relaxed: 1.75, loose: 2.1 };

/** Letter spacing, a support profile's setting (lib/supports/profile.ts), in em: the unit `letter-spacing` takes. */
export const LETTER_SPACINGS = ['normal', 'wide', 'wider'] as const;
export type LetterSpacing = (typeof LETTER_SPACINGS)[number];
export const LETTER_SPACING_EM: Record<LetterSpacing, number> = { normal: 0, wide: 0.05, wider: 0.12 };
