import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CheckUpPage } from '@/components/checkups/checkup-page';
import { AccountPage } from '@/components/plan/account-page';
import { stepsFor } from '@/lib/plan/playbook';
import { stepText } from '@/lib/ui/step-text';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<CheckUpPage> asks only about what was done', () => {
  it('lists the one step marked done, its how-to one click away, and counts skips as skips', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    const steps = stepsFor('primary-email');
    // Steps outside the one sitting: only those offer "Skip for now".
    const recurring = steps.filter((s) => s.recurring && !s.sitting);
    expect(recurring.length).toBeGreaterThan(2);
    const [doneStep, skippedStep] = recurring;

    // The person marks one recurring step done and skips another; the rest stay to do.
    renderWithStore(store, <AccountPage id={id} />);
    const item = (stepId: string) =>
      screen.getAllByRole('listitem')[steps.findIndex((s) => s.id === stepId)]!;
    // Later steps are one row each: the person opens each one first.
    for (const step of [doneStep!, skippedStep!])
      fireEvent.click(within(item(step.id)).getByRole('button', { name: 'Open this step' }));
    fireEvent.click(within(item(doneStep!.id)).getByRole('button', { name: 'Mark done' }));
    await within(item(doneStep!.id)).findByRole('status');
    fireEvent.click(within(item(skippedStep!.id)).getByRole('button', { name: 'Skip for now' }));
    await within(item(skippedStep!.id)).findByRole('status');
    cleanup();

    renderWithStore(store, <CheckUpPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByRole('heading', { name: 'To check again: 1' })).toBeTruthy();
    const rows = document.querySelectorAll('.checkup-items > li');
    expect(rows).toHaveLength(1);
    const row = rows[0] as HTMLElement;
    const text = stepText(doneStep!);
    expect(row.textContent).toContain(text.title);
    const how = within(row).getByText('How to check this');
    expect(how.closest('details')?.open).toBe(false);
    fireEvent.click(how);
    expect(how.closest('details')?.open).toBe(true);
    expect(within(row).getByText(text.how)).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Skip' }));
    expect(await screen.findByText(/0 still fine, 0 changed back, 1 skipped\.$/)).toBeTruthy();
  });
});
