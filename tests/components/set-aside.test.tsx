import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { stepsFor } from '@/lib/plan/playbook';
import { createHashRouter, type Router } from '@/lib/state/router';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

const DECIDE = 'What do you want to do with this account?';

describe('"Later" and "Leave it as it is" show', () => {
  it('on the plan row in words, on the account page, and in how the totals count', async () => {
    const store = await freshStore();
    await store.updateSetting('introSeen', true);
    await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    const bank = await store.addAccount({ name: 'Chase', site: '', kind: 'banking' });
    const shop = await store.addAccount({ name: 'Amazon', site: '', kind: 'shopping' });
    window.history.replaceState(null, '', '#/plan');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    const all = ['primary-email', 'banking', 'shopping'] as const;
    const total = all.reduce((n, k) => n + stepsFor(k).length, 0);
    await screen.findByText(`0 of ${total} steps finished (0%)`);

    // The person opens "Look first" for Chase and chooses "Later"; then Amazon, "Leave it".
    for (const [id, choice] of [
      [bank, 'Later.'],
      [shop, 'Leave it as it is.'],
    ] as const) {
      router.go({ name: 'look', id });
      await screen.findByRole('heading', { level: 1, name: /^Look first/ });
      fireEvent.click(
        within(screen.getByRole('group', { name: DECIDE })).getByLabelText(choice, {
          exact: false,
        }),
      );
      fireEvent.click(screen.getByRole('button', { name: 'Save answers' }));
      await screen.findByText(/None of its steps is your next step/);
    }
    // The account page says so, and no step of it is "Next".
    expect(
      screen.getByText(
        'You chose to leave this account as it is. None of its steps is your next step until you change your answers.',
      ),
    ).toBeTruthy();
    expect(document.querySelector('.steps .badge.next')).toBeNull();

    router.go({ name: 'plan' });
    await screen.findByRole('heading', { level: 1, name: 'Your reset plan' });
    const rows = [...document.querySelectorAll('.account-list > li')] as HTMLElement[];
    const badges = (row: HTMLElement) =>
      [...row.querySelectorAll('.badge')].map((b) => b.textContent);
    expect(badges(rows[0]!)).not.toContain('Later');
    expect(badges(rows[1]!)).toContain('Later');
    expect(badges(rows[2]!)).toContain('Left as it is');
    const counted = stepsFor('primary-email').length;
    expect(screen.getByText(`0 of ${counted} steps finished (0%)`)).toBeTruthy();
    expect(
      screen.getByText('Not counted: 2 accounts marked “Later” or “Left as it is”.'),
    ).toBeTruthy();
  });
});
