import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '@/components/testing/render';
import { Field } from './Field';

describe('Field', () => {
  it('labels the input and ties its hint to it', () => {
    renderWithIntl(<Field name="email" label="Email" hint="The address you signed up with." type="email" />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('name', 'email');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAccessibleDescription('The address you signed up with.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks the input invalid and reads its error after the hint', () => {
    renderWithIntl(
      <Field name="email" label="Email" hint="The address you signed up with." error="Enter an email address." />,
    );
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('The address you signed up with. Enter an email address.');
  });

  it('has no description at all without a hint or an error', () => {
    renderWithIntl(<Field name="code" label="Class code" />);
    const input = screen.getByRole('textbox', { name: 'Class code' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveAccessibleDescription('');
  });
});
