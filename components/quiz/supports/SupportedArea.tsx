'use client';

import type { ReactNode } from 'react';
import { appearanceStyle } from '@/lib/supports/appearance';
import type { QuizSupports } from '@/lib/supports/quiz-view';
import { LineFocus } from './LineFocus';
import { QuizSupportsContext } from './quiz-supports-context';
import styles from './SupportedArea.module.css';
// The readable font of a student's profile, self-hosted, in the Latin set English and Spanish need: declared wherever
// a profile can apply, downloaded only where a page uses it.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';

type Props = { supports: QuizSupports; className?: string; children: ReactNode };

/**
 * A part of a student's page under their support profile: its text settings on the area, the line focus over it, and
 * the tools (read-aloud, masking, ruling out) for the parts inside that offer them (useQuizSupports).
 */
export function SupportedArea({ supports, className, children }: Props) {
  return (
    <QuizSupportsContext value={supports}>
      <div
        className={[styles.area, className, supports.appearance.letterSpacing && styles.spaced]
          .filter(Boolean)
          .join(' ')}
        style={appearanceStyle(supports.appearance)}
      >
        {supports.lineFocus && <LineFocus />}
        {children}
      </div>
    </QuizSupportsContext>
  );
}
