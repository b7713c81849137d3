import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import type { ActionResult } from '@/lib/action-result';
import { ActionForm } from './ActionForm';
import { Field } from './Field';

/** A Server Action stand-in whose reply the test sends when it wants to. */
function deferredAction() {
  let reply: (state: ActionResult) => void = () => {};
  const action = vi.fn(
    (_previous: ActionResult, _formData: FormData) => new Promise<ActionResult>((resolve) => (reply = resolve)),
  );
  return { action, reply: (state: ActionResult) => reply(state) };
}

describe('ActionForm', () => {
  it('sends the fields, disables the submit while pending and announces the reply', async () => {
    const user = userEvent.setup();
    const { action, reply } = deferredAction();
    renderWithIntl(
      <ActionForm action={action} submitLabel="Create class">
        <Field name="name" label="Class name" />
      </ActionForm>,
    );
    const submit = screen.getByRole('button', { name: 'Create class' });
    expect(submit).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.type(screen.getByRole('textbox', { name: 'Class name' }), 'Period 3');
    await user.click(submit);

    expect(action).toHaveBeenCalledTimes(1);
    const [previous, formData] = action.mock.calls[0]!;
    expect(previous).toEqual({ status: 'idle' });
    expect(formData.get('name')).toBe('Period 3');
    expect(submit).toBeDisabled();

    reply({ status: 'ok', message: 'Class created.' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Class created.'));
    expect(submit).toBeEnabled();
  });

  it('announces an error and describes the form with it', async () => {
    const user = userEvent.setup();
    const action = vi.fn(async (): Promise<ActionResult> => ({
      status: 'error',
      message: 'Give the class a name.',
      fieldErrors: {},
    }));
    renderWithIntl(<ActionForm action={action} submitLabel="Create class" />);
    const submit = screen.getByRole('button', { name: 'Create class' });

    await user.click(submit);

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Give the class a name.'));
    expect(submit.closest('form')).toHaveAccessibleDescription('Give the class a name.');
    expect(submit).toBeEnabled();
  });

  it('does not describe the form with a success message', async () => {
    const user = userEvent.setup();
    const action = vi.fn(async (): Promise<ActionResult> => ({ status: 'ok', message: 'Saved.' }));
    renderWithIntl(<ActionForm action={action} submitLabel="Save" />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));
    expect(screen.getByRole('button', { name: 'Save' }).closest('form')).not.toHaveAttribute('aria-describedby');
  });
});
