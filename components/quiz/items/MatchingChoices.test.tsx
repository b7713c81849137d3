import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { responseFromForm } from '@/lib/quiz/form-response';
import { NO_QUIZ_SUPPORTS, type QuizSupports } from '@/lib/supports/quiz-view';
import { QuizSupportsContext } from '../supports/quiz-supports-context';
import { MatchingChoices } from './MatchingChoices';

const CHOICES = [
  { id: 'ravina-shamdasani', name: 'Ravina Shamdasani' },
  { id: 'william-spindler', name: 'William Spindler' },
];

function field(supports: QuizSupports) {
  renderWithIntl(
    <QuizSupportsContext value={supports}>
      <form>
        <p id="row-1">the right to claim asylum is a fundamental human right</p>
        <MatchingChoices
          id="q3-asylum-speaker"
          name="row.asylum.speaker"
          label="Who said it?"
          rowNumber={1}
          describedBy="row-1"
          choices={CHOICES}
          chosen={undefined}
        />
      </form>
    </QuizSupportsContext>,
  );
  return () => responseFromForm('matching', new FormData(document.querySelector('form')!));
}

describe('a matching field', () => {
  it('is a native select without option tools', () => {
    const response = field(NO_QUIZ_SUPPORTS);
    fireEvent.change(screen.getByRole('combobox', { name: /Who said it\?/ }), {
      target: { value: 'william-spindler' },
    });
    expect(response()).toEqual({ rows: { asylum: { speaker: 'william-spindler' } } });
  });

  it('becomes radios carrying the tools, posting what the select posts', () => {
    const response = field({ ...NO_QUIZ_SUPPORTS, masking: { startHidden: true }, elimination: true });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('group', { name: /Who said it\?/ })).toHaveAccessibleDescription(/right to claim asylum/);
    expect(document.querySelectorAll('details:not([open])')).toHaveLength(2);
    // Ruling a choice out is no answer; choosing one is.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Rule out: Ravina Shamdasani' }));
    expect(response()).toEqual({ rows: {} });
    fireEvent.click(screen.getByRole('radio', { name: 'William Spindler' }));
    expect(response()).toEqual({ rows: { asylum: { speaker: 'william-spindler' } } });
  });
});
