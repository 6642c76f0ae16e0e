import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AccountForm } from '@/components/plan/account-form';

describe('<AccountForm>', () => {
  it('refuses an empty name with a message that says what to do', () => {
    const onSubmit = vi.fn();
    render(
      <AccountForm
        heading="Add"
        submitLabel="Add to my plan"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.input(screen.getByLabelText('Account name'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Type a name for this account, then try again.',
    );
    expect(screen.getByLabelText('Account name').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits name, site and kind, and explains the chosen kind', () => {
    const onSubmit = vi.fn();
    render(
      <AccountForm
        heading="Add"
        submitLabel="Add to my plan"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.input(screen.getByLabelText('Account name'), { target: { value: 'Verizon' } });
    fireEvent.input(screen.getByLabelText('Site address (optional)'), {
      target: { value: 'verizon.com' },
    });
    fireEvent.change(screen.getByLabelText('What kind of account is it?'), {
      target: { value: 'phone-carrier' },
    });
    expect(screen.getByText(/codes sent to your phone by text/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Verizon',
      site: 'verizon.com',
      kind: 'phone-carrier',
    });
  });
});
