import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
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
    fireEvent.click(within(item).getByRole('button', { name: 'Open this step' }));
    expect(within(item).getByRole('note').textContent).toMatch(/They would notice|alert|reaching/);
  });

  it('opens only the next step whole; a later one is a row that opens to its warning first', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const items = screen.getAllByRole('listitem');
    // The next step is open whole, with its buttons and no way to fold it.
    expect(within(items[0]!).getByText('Next')).toBeTruthy();
    expect(within(items[0]!).getByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(within(items[0]!).queryByRole('button', { name: /this step$/ })).toBeNull();
    // A later step that may be noticed: its title, a short tag, and "Open this step".
    const index = stepsFor('primary-email').findIndex((s) => s.id === 'new_password');
    const item = items[index]!;
    const open = within(item).getByRole('button', { name: 'Open this step' });
    expect(within(item).getByRole('heading', { level: 2 }).textContent).toMatch(/password/i);
    expect(within(item).getByText('May alert them')).toBeTruthy();
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(item.querySelector(`#${open.getAttribute('aria-controls')!}`)).toBeTruthy();
    for (const hidden of ['note', 'link'] as const)
      expect(within(item).queryByRole(hidden)).toBeNull();
    expect(within(item).queryByRole('button', { name: 'Not applicable' })).toBeNull();
    expect(item.querySelector('.step-how')).toBeNull();

    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(open.textContent).toBe('Hide this step');
    const note = within(item).getByRole('note');
    expect(note.textContent).toMatch(/^Google emails you when the password/);
    const how = item.querySelector('.step-how')!;
    const link = within(item).getByRole('link', { name: 'Check or create the new password' });
    for (const after of [how, link])
      expect(note.compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(item).queryByText('May alert them')).toBeNull();
  });

  it('marking the next step done opens the following one and focuses its heading', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const [first, second] = stepsFor('primary-email');
    const items = () => screen.getAllByRole('listitem');
    expect(within(items()[1]!).getByRole('button', { name: 'Open this step' })).toBeTruthy();
    fireEvent.click(within(items()[0]!).getByRole('button', { name: 'Mark done' }));
    await within(items()[0]!).findByText(/^Done on/);
    const next = within(items()[1]!);
    expect(next.getByText('Next')).toBeTruthy();
    expect(next.queryByRole('button', { name: 'Open this step' })).toBeNull();
    expect(next.getByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(items()[1]!.querySelector('.step-how')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe(`step-${second!.id}`));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(store.progress.value.get(id)?.get(first!.id)?.status).toBe('done');
  });

  it('marks the steps of the one sitting in words, with its note once', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    renderWithStore(store, <AccountPage id={id} />);
    const items = screen.getAllByRole('listitem');
    // The sitting's note is in "Ready before you start", shown when its first step is open.
    const first = stepsFor('primary-email').findIndex((s) => s.sitting);
    fireEvent.click(within(items[first]!).getByRole('button', { name: 'Open this step' }));
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
