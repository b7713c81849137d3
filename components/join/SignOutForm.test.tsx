import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { pendingKey, readPending } from '@/lib/quiz/pending-answers';
import en from '@/messages/en.json';
import { SignOutForm } from './SignOutForm';

const OWNER = 'owner-1';
const key = pendingKey(OWNER, 'zero-tolerance:comprehension');

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('SignOutForm', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('offline, refuses to sign out and keeps the answers waiting on this device', async () => {
    setOnline(false);
    localStorage.setItem(key, JSON.stringify([{ itemId: 'q1' }]));
    const signOut = vi.fn();
    renderWithIntl(<SignOutForm queueOwner={OWNER} signOut={signOut} />);
    await userEvent.click(screen.getByRole('button', { name: en.Join.signOut }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.Join.signOutOffline);
    expect(readPending(localStorage, key)).toHaveLength(1);
    expect(signOut).not.toHaveBeenCalled();
  });

  it('online, deletes the learner’s waiting answers and signs out', async () => {
    setOnline(true);
    localStorage.setItem(key, JSON.stringify([{ itemId: 'q1' }]));
    const signOut = vi.fn();
    renderWithIntl(<SignOutForm queueOwner={OWNER} signOut={signOut} />);
    await userEvent.click(screen.getByRole('button', { name: en.Join.signOut }));
    await waitFor(() => expect(signOut).toHaveBeenCalledTimes(1));
    expect(readPending(localStorage, key)).toHaveLength(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
