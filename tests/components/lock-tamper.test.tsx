import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { LockFacts } from '@/components/safety/lock-facts';
import { LockScreen } from '@/components/safety/lock-screen';
import { LockSettings } from '@/components/safety/lock-settings';
import { TamperNotice } from '@/components/safety/tamper-notice';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { makeAccount } from '../fixtures/accounts';
import { PasswordContextProvider } from '../fixtures/password-context';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const PASS = 'lantern meadow copper';
const open = (name: string) => openIdbStorage({ name, iterations: 1_000 });
const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** A second page of the same profile, unlocked: what the person sees after the next unlock. */
async function unlockedPage(name: string) {
  const store = await freshStore(await open(name));
  expect(await store.unlock(PASS)).toBe('ok');
  return store;
}

describe('what the lock proves after unlock', () => {
  it('asks for a check word with the lock, teaches the rule, and shows the word after unlock', async () => {
    const name = `tamper-ui-${crypto.randomUUID()}`;
    const store = await freshStore(await open(name));
    await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    renderWithStore(
      store,
      <PasswordContextProvider calls={[]}>
        <LockSettings />
      </PasswordContextProvider>,
    );
    click('Set a passphrase');
    type('New passphrase', PASS);
    type('Type it again', PASS);
    type(/Check word/, 'blue heron');
    click('Turn on the lock');
    await screen.findByText(/If Lockstep ever opens without asking for your passphrase/);

    const next = await unlockedPage(name);
    renderWithStore(next, <LockFacts />);
    expect(screen.getByText('Your check word: blue heron')).toBeTruthy();
    expect(screen.getByText(/last changed on/)).toBeTruthy();
  });

  it('offers a check word to a lock set without one, and keeps it sealed', async () => {
    const name = `tamper-ui-${crypto.randomUUID()}`;
    const first = await open(name);
    await first.setPassphrase(PASS);
    first.close();
    const store = await unlockedPage(name);
    renderWithStore(store, <LockFacts />);
    click('Add a check word');
    type(/Check word/, 'red kite');
    click('Save check word');
    await screen.findByText('Your check word: red kite');
    const db = await openDB(name);
    expect(JSON.stringify(await db.getAll('vault'))).not.toContain('red kite');
    db.close();
  });
});

describe('a change made outside Lockstep', () => {
  it('stops on a notice that says what was found, and going on drops the planted rows', async () => {
    const name = `tamper-ui-${crypto.randomUUID()}`;
    const first = await open(name);
    await first.putAccounts([makeAccount({ id: 'm', name: 'My email', site: 'mail.example' })]);
    await first.setPassphrase(PASS);
    first.close();
    const db = await openDB(name);
    await db.put('accounts', makeAccount({ id: 'x', name: 'Gmail', site: 'evil.example' }));
    db.close();

    const store = await unlockedPage(name);
    expect(store.accounts.value.map((a) => a.name)).toEqual(['My email']);
    expect(store.findings()).toEqual(['plain-beside-vault']);
    renderWithStore(store, <TamperNotice findings={store.findings()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Lockstep found a change it did not make',
    );
    expect(screen.getByText(/Plan details were added next to your locked plan/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the Data page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find someone to talk to' })).toBeTruthy();

    click('Go on');
    await waitFor(() => expect(store.findings()).toEqual([]));
    const after = await openDB(name);
    expect(await after.getAll('accounts')).toEqual([]);
    after.close();
  });
});

describe('the lock screen on altered data', () => {
  it('says the plan was changed or damaged when the passphrase is right', async () => {
    const name = `tamper-ui-${crypto.randomUUID()}`;
    const first = await open(name);
    await first.putAccounts([makeAccount({ id: 'm', name: 'My email' })]);
    await first.setPassphrase(PASS);
    first.close();
    const db = await openDB(name);
    const record = (await db.get('vault', 'plan')) as { sealed: { data: string } };
    const data = `${record.sealed.data[0] === 'A' ? 'B' : 'A'}${record.sealed.data.slice(1)}`;
    await db.put('vault', { ...record, sealed: { ...record.sealed, data } });
    db.close();

    const store = await freshStore(await open(name));
    renderWithStore(store, <LockScreen />);
    type('Passphrase', PASS);
    click('Unlock');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Your passphrase is right, but the locked plan was changed or damaged/,
    );
    type('Passphrase', 'not my passphrase at all');
    click('Unlock');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/did not open your plan/),
    );
    expect(store.lockState.value).toBe('locked');
  });
});
