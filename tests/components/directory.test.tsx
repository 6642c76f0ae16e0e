import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AccountForm } from '@/components/plan/account-form';
import { PopupApp } from '@/components/common/popup-app';
import { PopupSite } from '@/components/directory/popup-site';
import { SiteStatus } from '@/components/directory/site-status';
import { supportsMfa } from '@/lib/directory/methods';
import { loadDirectory } from '@/lib/directory/load';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

async function popupOn(url: string | undefined) {
  const onAddSite = vi.fn();
  renderWithStore(
    await freshStore(),
    <PopupApp
      onOpen={vi.fn()}
      site={<PopupSite currentUrl={() => Promise.resolve(url)} onAddSite={onAddSite} />}
    />,
  );
  return onAddSite;
}

describe('popup: the current tab’s site', () => {
  it('shows a site with MFA, its methods strongest first, and adds it to the plan', async () => {
    const onAddSite = await popupOn('https://github.com/settings/security');
    const section = await screen.findByRole('region', { name: 'This site' });
    expect(within(section).getByRole('heading', { name: 'GitHub' })).toBeTruthy();
    expect(within(section).getByText('Supports two-step verification.')).toBeTruthy();
    const methods = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(methods.slice(0, 4)).toEqual([
      'A passkey (sign in with your device’s lock)',
      'A security key (a small USB or NFC key)',
      'An authenticator app with 6-digit codes',
      'The company’s own app: GitHub Mobile',
    ]);
    expect(within(section).getByText(/Codes by text, call or email are weak/)).toBeTruthy();
    expect(
      within(section)
        .getByRole('link', { name: 'GitHub’s guide to two-step verification' })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/docs\.github\.com\//);
    expect(within(section).getByText(/Directory as of 2026-08-22/)).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Add to my plan' }));
    expect(onAddSite).toHaveBeenCalledWith('github.com');
  });

  it('says "not a website" for browser pages, and "not in the directory" (never "no MFA") for unknown sites', async () => {
    await popupOn('chrome://extensions/');
    expect(await screen.findByText('Not a website Lockstep can look up.')).toBeTruthy();
  });

  it('says an unknown site is unknown, and can still add it', async () => {
    const onAddSite = await popupOn('https://www.my-corner-bakery-example.com/');
    expect(
      await screen.findByText('my-corner-bakery-example.com is not in Lockstep’s directory.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Listed without/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(onAddSite).toHaveBeenCalledWith('my-corner-bakery-example.com');
  });

  it('for a site listed without MFA, says so and how to ask for it', async () => {
    const directory = await loadDirectory();
    const entry = directory.entries.find((e) => !supportsMfa(e) && e.ct?.email)!;
    renderWithStore(
      await freshStore(),
      <SiteStatus result={directory.lookup(entry.d)} asOf="2026-08-22" />,
    );
    expect(screen.getByText('Listed without two-step verification.')).toBeTruthy();
    expect(screen.getByRole('link', { name: `Email ${entry.ct?.email ?? ''}` })).toBeTruthy();
  });

  it('lets the person choose among the services under one domain', async () => {
    const directory = await loadDirectory();
    renderWithStore(
      await freshStore(),
      <SiteStatus result={directory.lookup('google.com')} asOf="x" />,
    );
    expect(screen.getByText('Several services live at google.com. Choose yours:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gmail' }));
    expect(screen.getByRole('heading', { name: 'Gmail' })).toBeTruthy();
  });
  it('on a sign-in host not listed itself, offers the services under its domain', async () => {
    const directory = await loadDirectory();
    const onAdd = vi.fn();
    renderWithStore(
      await freshStore(),
      <SiteStatus result={directory.lookup('https://login.live.com/')} asOf="x" onAdd={onAdd} />,
    );
    expect(
      screen.getByText(
        'login.live.com is not listed on its own. These services live under live.com. Choose yours:',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/is not in Lockstep’s directory/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Outlook.com' }));
    expect(screen.getByRole('heading', { name: 'Outlook.com' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add to my plan' }));
    expect(onAdd).toHaveBeenCalledWith(
      'login.live.com',
      expect.objectContaining({ n: 'Outlook.com' }),
    );
  });

  it('a single service under the domain is still a choice, not a claim about the host', async () => {
    const directory = await loadDirectory();
    renderWithStore(
      await freshStore(),
      <SiteStatus result={directory.lookup('account.apple.com')} asOf="x" />,
    );
    expect(screen.getByText(/account\.apple\.com is not listed on its own/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Apple' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apple' }));
    expect(screen.getByRole('heading', { name: 'Apple' })).toBeTruthy();
  });
});

describe('add form: directory search', () => {
  it('finds an account from a few letters, by keyboard, and fills name, site and kind', async () => {
    const onSubmit = vi.fn();
    renderWithStore(
      await freshStore(),
      <AccountForm
        withSearch
        heading="Add"
        submitLabel="Add to my plan"
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Find the site in the directory (optional)' });
    await waitFor(() => expect(screen.getByText(/Type a few letters/)).toBeTruthy());
    fireEvent.input(box, { target: { value: 'gmai' } });
    const listbox = screen.getByRole('listbox', { hidden: true });
    const options = await within(listbox).findAllByRole('option');
    expect(options[0]?.textContent).toContain('Gmail');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((screen.getByLabelText('Account name') as HTMLInputElement).value).toBe('Gmail');
    expect((screen.getByLabelText('Site address (optional)') as HTMLInputElement).value).toBe(
      'mail.google.com',
    );
    expect((screen.getByLabelText('What kind of account is it?') as HTMLSelectElement).value).toBe(
      'primary-email',
    );
    expect(listbox.hidden).toBe(true);

    fireEvent.input(box, { target: { value: 'https://www.amazon.co.uk/gp/css' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((screen.getByLabelText('Account name') as HTMLInputElement).value).toBe('Amazon');
    expect((screen.getByLabelText('What kind of account is it?') as HTMLSelectElement).value).toBe(
      'shopping',
    );
  });
});
