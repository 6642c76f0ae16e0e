import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CheckUpPage } from '@/components/checkups/checkup-page';
import { stepsFor } from '@/lib/plan/playbook';
import { valuesOf } from '@/lib/plan/records';
import type { PlanStore } from '@/lib/state/plan-store';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

/** The recurring steps of a main email, marked done (a check-up asks only about what was done). */
async function doneRecurring(store: PlanStore, id: string) {
  for (const step of stepsFor('primary-email').filter((s) => s.recurring))
    await store.setStepStatus(id, step.id, 'done');
}

describe('<CheckUpPage>', () => {
  it('checks again in parts: confirm one, fix one with what was found, keep it stored', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.saveRecord('decision', { accountId: id, choice: 'change-now', note: '', at: 1 });
    await doneRecurring(store, id);
    renderWithStore(store, <CheckUpPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    const items = await screen.findAllByText('Check again');
    expect(items.length).toBeGreaterThan(2);
    const first = items[0]!.closest('li')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Still as I left it' }));
    await screen.findByText(`To check again: ${items.length - 1}`);
    const second = screen.getAllByText('Check again')[0]!.closest('li')!;
    fireEvent.click(within(second).getByRole('button', { name: 'It changed back' }));
    fireEvent.input(within(second).getByLabelText('What did you find?'), {
      target: { value: 'A forwarding rule reappeared' },
    });
    fireEvent.click(within(second).getByRole('button', { name: 'Save, I put it right' }));
    await screen.findByText(`To check again: ${items.length - 2}`);
    const [checkUp] = valuesOf(store.records.value, 'check-up');
    expect(checkUp?.endedAt).toBeUndefined();
    expect(checkUp?.items.map((i) => i.outcome)).toEqual(['confirmed', 'fixed']);
    expect(checkUp?.items[1]?.found).toBe('A forwarding rule reappeared');
    // Grouped under the account's name, each answer group named by its item.
    expect(screen.getByRole('heading', { level: 3, name: 'Mail' })).toBeTruthy();
    expect(screen.getAllByRole('group', { name: /^Check again / })).toHaveLength(items.length - 2);
  });

  it('shows ten accounts at a time, and more on request', async () => {
    const store = await freshStore();
    for (let i = 1; i <= 12; i++)
      await doneRecurring(
        store,
        await store.addAccount({ name: `Mail ${i}`, site: '', kind: 'primary-email' }),
      );
    renderWithStore(store, <CheckUpPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await screen.findByRole('heading', { level: 3, name: 'Mail 1' });
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show more accounts (2 more)' }));
    await screen.findByRole('heading', { level: 3, name: 'Mail 12' });
    expect(screen.queryByRole('button', { name: /^Show more accounts/ })).toBeNull();
  });
});
