import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TransferSection } from '@/components/transfer/transfer-section';
import type { PlanStore } from '@/lib/state/plan-store';
import type { PlanData } from '@/lib/storage/plan-storage';
import { exportPlan } from '@/lib/transfer/export-plan';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

/** Picks a file in the import section, as the file picker would. */
function choose(text: string) {
  const file = new File([text], 'plan.json', { type: 'application/json' });
  const input = screen.getByLabelText('Choose a Lockstep file');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function gmailStore(): Promise<PlanStore> {
  const store = await freshStore();
  await store.addAccount({ name: 'Gmail', site: 'gmail.com', kind: 'primary-email' });
  return store;
}

/**
 * A file planted by someone with the computer in hand: the person's own Gmail (same id, as an
 * export of this plan would have it), a look-alike site dated a little ahead so it wins the
 * merge, two steps marked done, and their own number as the help line.
 */
function hostile(store: PlanStore): PlanData {
  const gmail = store.accounts.value[0]!;
  const ahead = Date.now() + 60 * 60 * 1000;
  return {
    accounts: [{ ...gmail, site: 'gmai1.com', updatedAt: ahead }],
    progress: [
      { accountId: gmail.id, stepId: 'new_password', status: 'done', at: ahead },
      { accountId: gmail.id, stepId: 'turn_on_mfa', status: 'done', at: ahead },
    ],
    records: [],
    localHelpLine: { name: 'Call me first', phone: '555-0100' },
  };
}

describe('import preview of a plain file', () => {
  it('says the file is not sealed, shows what it changes, and changes nothing until ticked and confirmed', async () => {
    const store = await gmailStore();
    const before = store.planData();
    renderWithStore(store, <TransferSection />);
    choose(await exportPlan(hostile(store)));

    expect(await screen.findByText(/This file is not sealed with a passphrase\./)).toBeTruthy();
    expect(screen.getByText(/Anyone could have written it/)).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'What this will change in your plan' });
    const lines = within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain('Check this: Your local help line becomes Call me first, 555-0100.');
    expect(lines).toContain(
      'Check this: Gmail: the site changes from gmail.com to gmai1.com. Make sure this is the real site.',
    );
    expect(lines.filter((line) => /^Gmail: “.+” is marked Done\.$/.test(line ?? ''))).toHaveLength(
      2,
    );

    // Not ticked: the import cannot be used.
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect((importButton as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(importButton);
    expect(store.planData()).toEqual(before);

    // Ticked, but the person changes their mind: still nothing.
    fireEvent.click(screen.getByLabelText(/^I know where this file came from/));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.planData()).toEqual(before);
    expect(screen.queryByRole('region', { name: /What this will change/ })).toBeNull();

    // Picked again, ticked and confirmed: now, and only now, the plan changes.
    choose(await exportPlan(hostile(store)));
    await screen.findByRole('region', { name: /What this will change/ });
    expect(store.planData()).toEqual(before);
    fireEvent.click(screen.getByLabelText(/^I know where this file came from/));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported. Your plan now has 1 accounts.');
    expect(store.accounts.value[0]!.site).toBe('gmai1.com');
    // Marks dated ahead were set back to the time of the import.
    for (const mark of store.planData().progress) expect(mark.at).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a plain file when only sealed files are accepted', async () => {
    const store = await gmailStore();
    const before = store.planData();
    renderWithStore(store, <TransferSection />);
    fireEvent.click(screen.getByLabelText(/^Only accept sealed files/));
    await waitFor(() => expect(store.settings.value.onlySealedImports).toBe(true));
    choose(await exportPlan(hostile(store)));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /not sealed with a passphrase, and your settings accept only sealed files\. Nothing was changed\./,
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(store.planData()).toEqual(before);
  });
});
