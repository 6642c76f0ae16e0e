import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanPage } from '@/components/plan/plan-page';
import { TransferSection } from '@/components/transfer/transfer-section';
import type { PlanStore } from '@/lib/state/plan-store';
import type { PlanData } from '@/lib/storage/plan-storage';
import { exportPlan } from '@/lib/transfer/export-plan';
import { readPlanFile } from '@/lib/transfer/import-plan';
import { PasswordContextProvider } from '../fixtures/password-context';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const PASS = 'lantern meadow copper';

/** Every Blob handed to a download link, with the link's file name. */
let downloads: { blob: Blob; name: string; url: string }[];
let revoked: string[];

beforeEach(() => {
  downloads = [];
  revoked = [];
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return `blob:test/${downloads.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending) downloads.push({ blob: pending, name: this.download, url: this.href });
  });
});
afterEach(() => vi.restoreAllMocks());

async function storeWith(...names: [string, 'primary-email' | 'banking' | 'social'][]) {
  const store = await freshStore();
  for (const [name, kind] of names) await store.addAccount({ name, site: '', kind });
  return store;
}

function render(store: PlanStore) {
  return renderWithStore(
    store,
    <PasswordContextProvider calls={[]}>
      <TransferSection />
      <PlanPage />
    </PasswordContextProvider>,
  );
}

/** Picks a file in the import section, as the file picker would. */
function choose(text: string, size = new TextEncoder().encode(text).length) {
  const file = new File([text], 'plan-2026-11-25.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  const input = screen.getByLabelText('Choose a Lockstep file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** The account names the plan page shows (its account list, not its other links). */
const shownNames = () =>
  [...document.querySelectorAll('.account-list > li')].flatMap((li) => {
    const link = within(li as HTMLElement).queryAllByRole('link')[0];
    return link ? [link.textContent] : [];
  });

const other: PlanData = {
  accounts: [
    {
      id: 'x-mail',
      name: 'Proton',
      site: 'proton.me',
      kind: 'primary-email',
      position: 0,
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'x-ig',
      name: 'Instagram',
      site: '',
      kind: 'social',
      position: 1,
      createdAt: 2,
      updatedAt: 2,
    },
  ],
  progress: [
    { accountId: 'x-mail', stepId: 'new_password', status: 'done', at: 3 },
    { accountId: 'x-ig', stepId: 'turn_on_mfa', status: 'skipped', at: 4 },
  ],
  records: [],
  localHelpLine: null,
};

describe('<TransferSection> export', () => {
  it('downloads the plan in the clear, after a warning, under a neutral name', async () => {
    const store = await storeWith(['Gmail', 'primary-email'], ['My bank', 'banking']);
    await store.setStepStatus(store.accounts.value[0]!.id, 'new_password', 'done');
    render(store);
    fireEvent.click(screen.getByLabelText('Protect the file with a passphrase (recommended)'));
    expect(screen.getByText(/anyone who opens the file can read your account names/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the file' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      expect.stringContaining('Your plan was saved in your downloads'),
    );
    // Where the file stays, and how to remove it from the folder and the list.
    expect(
      screen.getByText(/stays in your downloads folder and in the browser's downloads list/),
    ).toBeTruthy();
    expect(screen.getByText(/delete the file there, then remove it from the list/)).toBeTruthy();
    expect(downloads).toHaveLength(1);
    const [{ blob, name, url }] = downloads as [(typeof downloads)[number]];
    expect(name).toMatch(/^plan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(blob.type).toBe('application/json');
    const text = await blob.text();
    expect(await readPlanFile(text, blob.size)).toEqual({
      ok: true,
      plan: store.planData(),
      encrypted: false,
    });
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoked).toEqual([url]), { timeout: 2_000 });
  });

  it('seals the file with a passphrase typed twice, showing progress while the key is made', async () => {
    const store = await storeWith(['Gmail', 'primary-email']);
    render(store);
    const first = screen.getByLabelText('Passphrase for the file');
    const second = screen.getByLabelText('Type the file’s passphrase again');
    expect(first.getAttribute('aria-describedby')).toBe('export-pass-hint export-pass-strength');
    expect(screen.getByText(/no one can open the file, not even Lockstep/)).toBeTruthy();

    // The fake checker calls "hunter2" weak: a weak passphrase is refused, whatever its length.
    fireEvent.input(first, { target: { value: 'hunter2' } });
    fireEvent.input(second, { target: { value: 'hunter2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the file' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/too easy to guess/);
    fireEvent.input(first, { target: { value: PASS } });
    fireEvent.input(second, { target: { value: `${PASS}!` } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the file' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not the same/));
    expect(downloads).toHaveLength(0);

    fireEvent.input(second, { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the file' }));
    expect(await screen.findByText('Protecting the file. This takes a moment…')).toBeTruthy();
    const busy = { name: 'Protecting the file. This takes a moment…' };
    expect(screen.getByRole('progressbar', busy)).toBeTruthy();
    await screen.findByText(/saved as an encrypted file/);
    expect(screen.queryByRole('progressbar', busy)).toBeNull();
    const text = await downloads[0]!.blob.text();
    expect(text).not.toContain('Gmail');
    const opened = await readPlanFile(text, text.length, PASS);
    expect(opened.ok && opened.plan.accounts.map((a) => a.name)).toEqual(['Gmail']);
    expect((first as HTMLInputElement).value).toBe('');
  });
});

describe('<TransferSection> import', () => {
  it('replaces the plan after saying how many accounts it replaces; the plan shows the file', async () => {
    const store = await storeWith(['Gmail', 'primary-email']);
    render(store);
    choose(await exportPlan(other));
    const summary = await screen.findByText('The file holds 2 accounts and 1 finished steps.');
    expect(summary.tagName).toBe('LEGEND');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByLabelText(/^Merge with my plan/)),
    );
    expect(shownNames()).toEqual(['Gmail']);

    // A plain file: anyone could have written it, so it needs a tick.
    fireEvent.click(screen.getByLabelText(/^I know where this file came from/));
    fireEvent.click(screen.getByLabelText('Replace my plan with the file'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('alert').textContent).toMatch(/replaces the 1 accounts in your plan/);
    expect(shownNames()).toEqual(['Gmail']);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace my plan' }));

    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Imported. Your plan now has 2 accounts.');
    await waitFor(() => expect(document.activeElement).toBe(done));
    await waitFor(() => expect(shownNames()).toEqual(['Proton', 'Instagram']));
    expect(store.planData()).toEqual(other);
    expect((screen.getByLabelText('Choose a Lockstep file') as HTMLInputElement).value).toBe('');
  });

  it('merges: keeps what is here and adds the file’s accounts after it', async () => {
    const store = await storeWith(['Gmail', 'primary-email'], ['My bank', 'banking']);
    render(store);
    choose(await exportPlan(other));
    await screen.findByText(/The file holds 2 accounts/);
    expect((screen.getByLabelText(/^Merge with my plan/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/^I know where this file came from/));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported. Your plan now has 4 accounts.');
    await waitFor(() => expect(shownNames()).toEqual(['Gmail', 'My bank', 'Proton', 'Instagram']));
    expect(store.progress.value.get('x-mail')?.get('new_password')?.status).toBe('done');
  });

  it('asks for the passphrase of a sealed file and says when it is wrong', async () => {
    const store = await freshStore();
    render(store);
    choose(await exportPlan(other, PASS));
    const field = await screen.findByLabelText('This file is protected. Enter its passphrase');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(field, { target: { value: 'not the words' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    expect(await screen.findByText('Opening the file. This takes a moment…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /That passphrase does not open this file/,
    );
    fireEvent.input(field, { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Open the file' }));
    await screen.findByText(/The file holds 2 accounts/);
    expect(screen.queryByRole('alert')).toBeNull();
    // An empty plan is replaced without a second question.
    fireEvent.click(screen.getByLabelText('Replace my plan with the file'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported. Your plan now has 2 accounts.');
    expect(store.planData()).toEqual(other);
  });

  it('lists every problem of a bad file in plain words, with what to do, and changes nothing', async () => {
    const store = await storeWith(['Gmail', 'primary-email']);
    const before = store.planData();
    render(store);
    const file = JSON.parse(await exportPlan(other)) as { plan: Record<string, unknown[]> };
    file.plan.accounts!.push({ ...(other.accounts[0] as object), position: 2 });
    file.plan.progress!.push({ accountId: 'ghost', stepId: 'new_password', status: 'done', at: 1 });
    choose(JSON.stringify(file));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Account 3 (“Proton”) is in the file twice.',
      'Step record 3 belongs to an account that is not in the file.',
    ]);
    expect(alert.textContent).toMatch(/nothing was changed/);
    expect(alert.textContent).toMatch(/What to do: ask for the file again/);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(store.planData()).toEqual(before);
    expect(shownNames()).toEqual(['Gmail']);

    choose('{"format":"lockstep-plan","version":9}');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /made by a newer Lockstep \(file format 9\)\. Update Lockstep, then try again\./,
    );
    choose('{}', 6 * 1024 * 1024);
    expect((await screen.findByRole('alert')).textContent).toMatch(/too large/);
    expect(store.planData()).toEqual(before);
  });
});
