import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LockSettings } from '@/components/safety/lock-settings';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { PasswordContextProvider } from '../fixtures/password-context';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const PASS = 'lantern meadow copper';

async function setup() {
  const storage = await openIdbStorage({
    name: `lock-ui-${crypto.randomUUID()}`,
    iterations: 1_000,
  });
  const store = await freshStore(storage);
  await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
  const calls: { password: string; inputs: readonly string[] }[] = [];
  renderWithStore(
    store,
    <PasswordContextProvider calls={calls}>
      <LockSettings />
    </PasswordContextProvider>,
  );
  return { store, calls };
}

const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('lock settings', () => {
  it('refuses a weak passphrase, checked against the plan’s own words', async () => {
    const { store, calls } = await setup();
    click('Set a passphrase');
    type('New passphrase', 'hunter2');
    type('Type it again', 'hunter2');
    click('Turn on the lock');
    expect((await screen.findByRole('alert')).textContent).toMatch(/too easy to guess/);
    expect(store.lockState.value).toBe('none');
    expect(calls.at(-1)?.inputs).toEqual(expect.arrayContaining(['Gmail', 'gmail.com']));

    type('New passphrase', PASS);
    type('Type it again', PASS);
    click('Turn on the lock');
    await screen.findByText(/The lock is on/, { selector: '[role=status]' });
    expect(store.lockState.value).toBe('unlocked');
  });

  it('checks the new passphrase against the words the person says the other person knows', async () => {
    const { calls } = await setup();
    click('Set a passphrase');
    type('Words the other person knows (optional)', 'Biscuit\nMarjorie');
    type('New passphrase', 'biscuit marjorie 1985');
    await waitFor(() =>
      expect(calls.at(-1)?.inputs).toEqual(
        expect.arrayContaining(['Biscuit', 'Marjorie', 'Gmail']),
      ),
    );
  });

  it('offers six random words first, to write down and type again', async () => {
    const { store } = await setup();
    click('Set a passphrase');
    click('Make one for me');
    const words = screen.getByText(/six random words/).querySelector('strong')?.textContent ?? '';
    expect(words.split(' ')).toHaveLength(6);
    expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value).toBe(words);
    type('Type it again', words);
    click('Turn on the lock');
    await screen.findByText(/The lock is on/, { selector: '[role=status]' });
    expect(store.lockState.value).toBe('unlocked');
  });

  it('asks for the current passphrase before changing the lock or turning it off', async () => {
    const { store } = await setup();
    expect(await store.setPassphrase(PASS)).toBe(true);
    click('Change passphrase');
    type('Your current passphrase', 'not it at all');
    type('New passphrase', 'violet harbor engine plum');
    type('Type it again', 'violet harbor engine plum');
    click('Change passphrase');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not your current passphrase/);
    expect(await store.checkPassphrase(PASS)).toBe(true);

    type('Your current passphrase', PASS);
    type('New passphrase', 'violet harbor engine plum');
    type('Type it again', 'violet harbor engine plum');
    click('Change passphrase');
    await waitFor(async () =>
      expect(await store.checkPassphrase('violet harbor engine plum')).toBe(true),
    );

    click('Turn the lock off');
    type('Your current passphrase', PASS);
    click('Turn the lock off');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not your current passphrase/);
    expect(store.lockState.value).toBe('unlocked');
    type('Your current passphrase', 'violet harbor engine plum');
    click('Turn the lock off');
    await waitFor(() => expect(store.lockState.value).toBe('none'));
  });
});
