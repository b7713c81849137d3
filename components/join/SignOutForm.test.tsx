import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { pendingKey, readPending } from '@/lib/quiz/pending-answers';
import en from '@/messages/en.json';
import { SignOutForm } from './SignOutForm';

const OWNER = 'owner-1';
const key = pendingKey(OWNER, 'zero-tolerance:comprehension');

/** A learner with one answer waiting on this device clicks "Sign out", online or not; returns the action. */
async function clickSignOut(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  localStorage.setItem(key, JSON.stringify([{ itemId: 'q1' }]));
  const signOut = vi.fn();
  renderWithIntl(<SignOutForm queueOwner={OWNER} signOut={signOut} />);
  await userEvent.click(screen.getByRole('button', { name: en.Join.signOut }));
  return signOut;
}

describe('SignOutForm', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('offline, refuses to sign out and keeps the answers waiting on this device', async () => {
    const signOut = await clickSignOut(false);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.Join.signOutOffline);
    expect(readPending(localStorage, key)).toHaveLength(1);
    expect(signOut).not.toHaveBeenCalled();
  });

  it('online, deletes the learner’s waiting answers and signs out', async () => {
    const signOut = await clickSignOut(true);
    await waitFor(() => expect(signOut).toHaveBeenCalledTimes(1));
    expect(readPending(localStorage, key)).toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
