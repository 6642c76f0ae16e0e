import { screen } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import type { Route } from '@/lib/state/route';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

// An account page that meets a record it cannot show, as a bad date once made it do.
vi.mock('@/components/plan/account-page', () => ({
  AccountPage: () => {
    throw new RangeError('Invalid time value');
  },
}));

describe('a page that throws', () => {
  it('says what to do, and the header with help and quick exit stays', async () => {
    const store = await freshStore();
    await store.updateSetting('introSeen', true);
    const id = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    const route = signal<Route>({ name: 'account', id });
    renderWithStore(
      store,
      <DashboardApp
        router={{ route, go: (r) => (route.value = r), stop: () => undefined }}
        version="1"
      />,
    );
    // The account page's code loads when it is first opened.
    expect(
      await screen.findByRole('heading', { name: 'This page could not be shown' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to my plan' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Quick exit/ })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /help/i })[0]).toBeTruthy();

    route.value = { name: 'plan' };
    expect(await screen.findByRole('heading', { name: 'Your reset plan' })).toBeTruthy();
  });
});
