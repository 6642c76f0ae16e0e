import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { createHashRouter, type Router } from '@/lib/state/router';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

/** Opens the account's locked-out page, and waits for `loaded` (shown once the directory is). */
async function lockedOutPage(name: string, site: string, loaded: string) {
  const store = await freshStore();
  await store.updateSetting('introSeen', true);
  const id = await store.addAccount({ name, site, kind: 'primary-email' });
  window.history.replaceState(null, '', `#/account/${id}`);
  router = createHashRouter(window);
  renderWithStore(store, <DashboardApp router={router} version="1" />);
  fireEvent.click(
    await screen.findByRole('link', { name: 'I can’t get in, or they took it over' }),
  );
  await screen.findByRole('heading', { level: 1, name: `Locked out of ${name}` });
  await screen.findByText(loaded, { exact: false });
  return document.querySelector('.locked-out')!.textContent!;
}

describe('the locked-out page', () => {
  it('for Gmail, lists nothing about Apple or Microsoft', async () => {
    const text = await lockedOutPage(
      'Gmail',
      'mail.google.com',
      'Open Gmail’s guide to getting an account back',
    );
    expect(text).toContain('It can take days.');
    expect(text).not.toMatch(/Apple|Microsoft/);
  });

  it('for Outlook, names Microsoft’s 30 days and not Apple’s wait', async () => {
    const text = await lockedOutPage('Outlook.com', 'outlook.com', 'Microsoft: replacing');
    expect(text).toContain('Microsoft: replacing all of an account’s security info takes 30 days.');
    expect(text).not.toMatch(/Apple/);
  });
});
