import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PasswordContextProvider } from '../fixtures/password-context';
import { PasswordPage } from '@/components/passwords/password-page';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<PasswordPage>', () => {
  it('checks as the person types, in plain words, with the account’s name counted as known', async () => {
    const calls: { password: string; inputs: readonly string[] }[] = [];
    const account = makeAccount({ name: 'Work mail', site: 'example.com', kind: 'other-email' });
    renderWithStore(
      await freshStore(),
      <PasswordContextProvider calls={calls}>
        <PasswordPage account={account} />
      </PasswordContextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'A new password for Work mail' })).toBeTruthy();
    const input = screen.getByLabelText('Password to check') as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off'); // never saved for session restore;
    expect(input.closest('form')).toBeNull();

    fireEvent.input(input, { target: { value: 'hunter2' } });
    await waitFor(() =>
      expect(screen.getByText('Strength: 0 of 4, very easy to guess')).toBeTruthy(),
    );
    expect(screen.getByText('This is a very common password.')).toBeTruthy();
    expect(calls.at(-1)?.inputs).toEqual(expect.arrayContaining(['Work mail', 'example.com']));

    fireEvent.input(screen.getByLabelText('Words the other person knows (optional)'), {
      target: { value: 'Biscuit\nMarjorie' },
    });
    await waitFor(() =>
      expect(calls.at(-1)?.inputs).toEqual(expect.arrayContaining(['Biscuit', 'Marjorie'])),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(input.type).toBe('text');
  });

  it('caps pasted text with a message and offers passphrases of the chosen length', async () => {
    renderWithStore(
      await freshStore(),
      <PasswordContextProvider calls={[]}>
        <PasswordPage />
      </PasswordContextProvider>,
    );
    const input = screen.getByLabelText('Password to check') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'x'.repeat(5_000) } });
    expect(screen.getByText(/Only the first 256 characters are checked/)).toBeTruthy();
    expect(input.value).toHaveLength(256);

    const phrase = screen.getByLabelText('Passphrase') as HTMLInputElement;
    expect(phrase.value.split('-')).toHaveLength(6);
    expect(screen.getByText('Randomness: 77.5 bits (more than 70 is very strong).')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Number of words'), { target: { value: '8' } });
    expect(phrase.value.split('-')).toHaveLength(8);

    // 20 random characters with no site rules: the full 70-character pool, one of each class.
    const chars = screen.getByLabelText('Random characters') as HTMLInputElement;
    expect(chars.value).toHaveLength(20);
    expect(screen.getByText('Randomness: 122.4 bits (more than 70 is very strong).')).toBeTruthy();
  });

  it('shows the whole passphrase in a field that wraps, and "Copied" beside the button pressed', async () => {
    renderWithStore(
      await freshStore(),
      <PasswordContextProvider calls={[]}>
        <PasswordPage />
      </PasswordContextProvider>,
    );
    const phrase = screen.getByLabelText('Passphrase');
    expect(phrase.tagName).toBe('TEXTAREA');
    const copy = screen.getByRole('button', { name: 'Copy passphrase' });
    fireEvent.click(copy);
    const beside = copy.parentElement!.querySelector('[role="status"]')!;
    await waitFor(() => expect(beside.textContent).toMatch(/^Copied\./));
    const chars = screen.getByRole('button', { name: 'Copy characters' });
    expect(chars.parentElement!.querySelector('[role="status"]')!.textContent).toBe('');
  });
});
