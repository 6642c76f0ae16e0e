import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlanPage } from '@/components/plan/plan-page';
import { stepsFor } from '@/lib/plan/playbook';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { makeAccount } from '../fixtures/accounts';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('the end of the plan', () => {
  it('is not an all-clear: it keeps the check-ups and the advocate in view', async () => {
    const storage = createMemoryStorage();
    await storage.putAccounts([makeAccount({ id: 'w', name: 'Work', kind: 'work', position: 0 })]);
    for (const step of stepsFor('work'))
      await storage.putProgress({ accountId: 'w', stepId: step.id, status: 'done', at: 1 });
    renderWithStore(await freshStore(storage), <PlanPage />);
    expect(screen.getByRole('heading', { name: 'Every step is marked' })).toBeTruthy();
    expect(
      screen.getByText('Tech abuse can change. Keep your check-ups and your advocate.'),
    ).toBeTruthy();
    expect(screen.queryByText(/Well done/)).toBeNull();
  });
});
