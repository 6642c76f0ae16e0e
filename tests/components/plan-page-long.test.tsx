import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlanPage } from '@/components/plan/plan-page';
import { FIRST_ROWS } from '@/components/common/use-screenful';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<PlanPage> with hundreds of accounts', () => {
  it('shows the first screenful at once, then every account, the last one last', async () => {
    const storage = createMemoryStorage();
    const accounts = Array.from({ length: 300 }, (_, i) =>
      makeAccount({ id: `a${i}`, name: `Account ${i}`, kind: 'other', position: i }),
    );
    await storage.putAccounts(accounts);
    renderWithStore(await freshStore(storage), <PlanPage />);
    const list = document.querySelector('.account-list') as HTMLElement;
    expect(screen.getByRole('heading', { name: 'Accounts (300)' })).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(FIRST_ROWS);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(300));
    const rows = within(list).getAllByRole('listitem');
    expect(within(rows[299] as HTMLElement).getAllByRole('link')[0]?.textContent).toBe(
      'Account 299',
    );
  });
});
