import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AccountPage } from '@/components/plan/account-page';
import { ACCOUNT_KINDS } from '@/lib/plan/kinds';
import { stepsForAccount } from '@/lib/plan/account-steps';
import { stepsFor } from '@/lib/plan/playbook';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const stepItems = () => [...document.querySelectorAll<HTMLElement>('.steps > li')];

/** Opens a later step shown as one row, as a person does; the next step is already open. */
function openStep(item: HTMLElement) {
  const open = within(item).queryByRole('button', { name: 'Open this step' });
  if (open) fireEvent.click(open);
}

async function openAccount(kind: (typeof ACCOUNT_KINDS)[number]) {
  const store = await freshStore();
  const id = await store.addAccount({ name: 'Mail', site: '', kind });
  renderWithStore(store, <AccountPage id={id} />);
  return store;
}

describe('the one sitting on the account page', () => {
  it.each(ACCOUNT_KINDS)(
    '%s: no sitting step offers skip, each keeps "Not applicable"',
    async (kind) => {
      await openAccount(kind);
      // A phone plan asks whose it is first; the sitting is on the person's own plan only.
      const mine = kind === 'phone-carrier';
      if (mine) fireEvent.click(screen.getByRole('radio', { name: 'Mine. I run the account.' }));
      const steps = stepsForAccount({ kind, site: '' }, mine ? { planRunBy: 'me' } : undefined);
      openStep(stepItems()[steps.findIndex((s) => s.sitting)]!);
      fireEvent.click(await screen.findByRole('button', { name: 'I’m ready' }));
      const items = stepItems();
      steps.forEach((step, i) => {
        openStep(items[i]!);
        const item = within(items[i]!);
        expect(Boolean(item.queryByRole('button', { name: 'Skip for now' })), step.id).toBe(
          !step.sitting,
        );
        expect(item.getByRole('button', { name: 'Not applicable' })).toBeTruthy();
        expect(Boolean(item.queryByRole('button', { name: 'Stop here' })), step.id).toBe(
          Boolean(step.sitting),
        );
      });
    },
  );

  it('asks "Ready before you start?" once, before the first sitting step', async () => {
    await openAccount('primary-email');
    const steps = stepsFor('primary-email');
    const first = steps.findIndex((s) => s.sitting);
    // Shown with the sitting's first step: a later step opens on request.
    expect(first).toBeGreaterThan(0);
    expect(screen.queryByRole('region', { name: 'Ready before you start?' })).toBeNull();
    openStep(stepItems()[first]!);
    const panel = within(stepItems()[first]!).getByRole('region', {
      name: 'Ready before you start?',
    });
    expect(panel.textContent).toMatch(/Signing in may itself alert them/);
    expect(panel.textContent).toMatch(/never touched/);
    expect(panel.textContent).toMatch(/If you are interrupted/);
    expect(panel.textContent).toMatch(/our own rough guess/);
    // Until the person is ready, sitting steps offer no buttons.
    expect(within(stepItems()[first]!).queryByRole('button', { name: 'Mark done' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Not now' }));
    expect(screen.getByText(/The sitting waits until you are ready/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I’m ready' }));
    expect(screen.queryByRole('region', { name: 'Ready before you start?' })).toBeNull();
    expect(within(stepItems()[first]!).getByRole('button', { name: 'Mark done' })).toBeTruthy();
  });

  it('"Stop here" names the least to finish once the sitting has started', async () => {
    const store = await openAccount('primary-email');
    const steps = stepsFor('primary-email');
    const first = steps.findIndex((s) => s.sitting);
    openStep(stepItems()[first]!);
    fireEvent.click(screen.getByRole('button', { name: 'I’m ready' }));
    fireEvent.click(within(stepItems()[first]!).getByRole('button', { name: 'Stop here' }));
    expect(screen.getByRole('status').textContent).toMatch(/You can stop now/);
    fireEvent.click(within(stepItems()[first]!).getByRole('button', { name: 'Mark done' }));
    await within(stepItems()[first]!).findByText(/^Done on/);
    openStep(stepItems()[first + 1]!);
    const second = within(stepItems()[first + 1]!);
    fireEvent.click(second.getByRole('button', { name: 'Stop here' }));
    const lastRecovery = steps.findLastIndex((s) => s.sitting === 'recovery');
    const expected = steps
      .slice(first + 1, lastRecovery + 1)
      .map((_, i) => `Step ${first + 2 + i}`)
      .join(', ');
    expect(second.getByText(/Before you stop/).textContent).toContain(`finish ${expected}.`);
    expect(store.progress.value.get(store.accounts.value[0]!.id)?.size).toBe(1);
  });

  it('shows an old "skipped" mark on a sitting step as it was, with its undo', async () => {
    const storage = createMemoryStorage();
    await storage.putAccounts([
      makeAccount({ id: 'mail', name: 'Mail', kind: 'primary-email', position: 0 }),
    ]);
    const step = stepsFor('primary-email').find((s) => s.sitting)!;
    await storage.putProgress({
      accountId: 'mail',
      stepId: step.id,
      status: 'skipped',
      at: Date.UTC(2026, 0, 5),
    });
    renderWithStore(await freshStore(storage), <AccountPage id="mail" />);
    const item = stepItems()[stepsFor('primary-email').indexOf(step)]!;
    expect(within(item).getByRole('status').textContent).toMatch(
      /^Skipped on .*2026\. You can come back to it\.$/,
    );
    expect(within(item).getByRole('button', { name: /^Undo/ })).toBeTruthy();
  });
});

describe('finished steps', () => {
  it('fold to one line with their mark, and open on request', async () => {
    await openAccount('work');
    const first = () => within(stepItems()[0]!);
    const how = stepItems()[0]!.querySelector('.step-how')!.textContent!;
    fireEvent.click(first().getByRole('button', { name: 'Mark done' }));
    await first().findByText(/^Done on/);
    expect(first().queryByText(how)).toBeNull();
    fireEvent.click(first().getByRole('button', { name: 'Show this step' }));
    expect(first().getByText(how)).toBeTruthy();
    expect(first().getByRole('button', { name: 'Hide this step' })).toBeTruthy();
  });
});
