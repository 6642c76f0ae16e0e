import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlanPage } from '@/components/plan/plan-page';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<PlanPage>', () => {
  it('says what to do first when the plan is empty', async () => {
    renderWithStore(await freshStore(), <PlanPage />);
    expect(screen.getByText(/Start with the email account/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add your first account' }).getAttribute('href')).toBe(
      '#/add',
    );
  });

  it('lists accounts in plan order with their progress and the next step', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Bank', site: '', kind: 'banking' });
    await store.addAccount({ name: 'Mail', site: 'mail.example', kind: 'primary-email' });
    renderWithStore(store, <PlanPage />);
    const list = document.querySelector('.account-list') as HTMLElement;
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getAllByRole('link')[0]?.textContent)).toEqual([
      'Mail',
      'Bank',
    ]);
    expect(screen.getByRole('heading', { name: 'Your next step' })).toBeTruthy();
    expect(screen.getByText('For: Mail')).toBeTruthy();
    expect(screen.getByText(/^0 of \d+ steps finished \(0%\)$/)).toBeTruthy();
  });

  it('moves an account and asks before removing one', async () => {
    const store = await freshStore();
    await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.addAccount({ name: 'Bank', site: '', kind: 'banking' });
    renderWithStore(store, <PlanPage />);
    expect(
      (screen.getByRole('button', { name: 'Move up: Mail' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move up: Bank' }));
    await Promise.resolve();
    expect(store.accounts.value.map((a) => a.name)).toEqual(['Bank', 'Mail']);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove: Mail' }));
    expect(
      screen.getByText('Remove Mail from your plan? Its progress will be deleted too.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(store.accounts.value).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove: Mail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(store.accounts.value.map((a) => a.name)).toEqual(['Bank']);
    await waitFor(() => expect(screen.queryByText('Mail')).toBeNull());
  });
});
