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
    // Google trusts a familiar device: the page says so instead of "a device they never touched".
    expect(text).toContain('Google trusts a phone or computer, and a place, you used before');
    expect(text).not.toContain('never had in hand');
  });

  it('for a Google account the directory has no guide for, links Google’s own page', async () => {
    await lockedOutPage('Google', 'google.com', 'Google: when the password');
    const link = screen.getByRole('link', {
      name: 'Open Google’s page for getting an account back',
    });
    expect(link.getAttribute('href')).toBe('https://support.google.com/accounts/answer/185834');
  });

  it('for Outlook, names Microsoft’s 30 days and not Apple’s wait', async () => {
    const text = await lockedOutPage('Outlook.com', 'outlook.com', 'Microsoft: when all');
    expect(text).toContain(
      'Microsoft: when all the email and phone details on an account are replaced, the change takes 30 days.',
    );
    expect(text).toContain('pick “If you didn’t request this, let us know.”');
    expect(text).not.toMatch(/Apple|Google/);
  });
});
