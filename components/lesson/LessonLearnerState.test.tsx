import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { visitorLessonState, type LessonLearnerState } from '@/lib/lesson-learner-state';
import { LessonStudentBadge } from './LearnerParts';
import { LessonLearnerStateProvider } from './LessonLearnerState';

const visitor = visitorLessonState([]);
const ana: LessonLearnerState = {
  ...visitor,
  student: { displayName: 'Ana', className: 'Period 3', queueOwner: 'ana-owner' },
  queueOwner: 'ana-owner',
};

/** A fetch answering each call with the next of `states` (the last one again once they run out). */
function answering(...states: LessonLearnerState[]) {
  const fetch = vi.fn(async () => Response.json(states.length > 1 ? states.shift() : states[0]));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderReadingPage() {
  renderWithIntl(
    <LessonLearnerStateProvider state={visitor} loadFrom="/api/en/lessons/zero-tolerance/state">
      <LessonStudentBadge signOut={async () => {}} />
    </LessonLearnerStateProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the reading page’s learner, once the device is back online', () => {
  it('stops showing a name whose session the server ended while the device was offline', async () => {
    // Offline, the state came from the device's copy: Ana's. Online again, the server answers for a visitor.
    const fetch = answering(ana, visitor);
    renderReadingPage();
    expect(await screen.findByText(/Ana/)).toBeInTheDocument();
    await act(async () => void window.dispatchEvent(new Event('online')));
    expect(fetch).toHaveBeenCalledTimes(2);
    // The answer is read and applied a few ticks after the request: on a busy host, after act has returned (CI).
    await waitFor(() => expect(screen.queryByText(/Ana/)).not.toBeInTheDocument());
  });
});
