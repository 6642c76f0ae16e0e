import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AccountPage } from '@/components/plan/account-page';
import { stepsFor } from '@/lib/plan/playbook';
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
    expect(within(item).getByRole('note').textContent).toMatch(/The other person may notice this/);
  });

  it('says so when the account is gone (removed in another tab)', async () => {
    renderWithStore(await freshStore(), <AccountPage id="nope" />);
    expect(screen.getByRole('heading', { name: 'This account is not in your plan' })).toBeTruthy();
  });
});
