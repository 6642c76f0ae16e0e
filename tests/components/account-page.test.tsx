import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AccountPage } from '@/components/plan/account-page';
import { stepsFor } from '@/lib/plan/playbook';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<AccountPage>', () => {
  it('marks a step done with its date, updates progress, and undoes it', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const total = stepsFor('primary-email').length;
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText('Next')).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: 'Mark done' }));
    expect((await within(first).findByRole('status')).textContent).toMatch(/^Done on .*2026\.$/);
    expect(
      screen.getByText(`1 of ${total} steps finished (${Math.floor(100 / total)}%)`),
    ).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: /^Undo/ }));
    expect(await within(first).findByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(store.progress.value.size).toBe(0);
  });

  it('warns before a step the other person may notice, and only while it is to do', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const index = stepsFor('primary-email').findIndex((s) => s.noticeable);
    const item = screen.getAllByRole('listitem')[index]!;
    expect(within(item).getByRole('note').textContent).toMatch(/They would notice|alert|reaching/);
  });

  it('says what they will see above the how-to and the links', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    fireEvent.click(screen.getByRole('button', { name: 'I’m ready' }));
    const index = stepsFor('primary-email').findIndex((s) => s.id === 'new_password');
    const item = screen.getAllByRole('listitem')[index]!;
    const note = within(item).getByRole('note');
    expect(note.textContent).toMatch(/^Google emails you when the password/);
    const how = item.querySelector('.step-how')!;
    const link = within(item).getByRole('link', { name: /password/i });
    for (const after of [how, link])
      expect(note.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks the steps of the one sitting in words, with its note once', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const items = screen.getAllByRole('listitem');
    stepsFor('primary-email').forEach((step, i) => {
      const mark = within(items[i]!).queryByText('Part of the sitting');
      expect(Boolean(mark), step.id).toBe(Boolean(step.sitting));
    });
    expect(screen.getAllByText('Do these together, in one sitting.')).toHaveLength(1);
    expect(stepsFor('primary-email').filter((s) => s.sitting).length).toBeGreaterThan(2);
  });

  it.each([9e15, 1e300])('shows a step stored at %s as done on an unknown date', async (at) => {
    const storage = createMemoryStorage();
    const account = makeAccount({ id: 'mail', name: 'Mail', kind: 'primary-email', position: 0 });
    await storage.putAccounts([account]);
    const stepId = stepsFor('primary-email')[0]!.id;
    await storage.putProgress({ accountId: 'mail', stepId, status: 'done', at });
    const store = await freshStore(storage);
    renderWithStore(store, <AccountPage id="mail" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mail' })).toBeTruthy();
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('status').textContent).toBe('Done on an unknown date.');
    expect(screen.queryByText(/could not be shown/)).toBeNull();
  });

  it('says so when the account is gone (removed in another tab)', async () => {
    renderWithStore(await freshStore(), <AccountPage id="nope" />);
    expect(screen.getByRole('heading', { name: 'This account is not in your plan' })).toBeTruthy();
  });
});
