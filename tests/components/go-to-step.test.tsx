import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '@/components/common/dashboard-app';
import { stepsFor } from '@/lib/plan/playbook';
import { createHashRouter, type Router } from '@/lib/state/router';
import { stepText } from '@/lib/ui/step-text';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

let router: Router | undefined;
afterEach(() => {
  router?.stop();
  window.history.replaceState(null, '', '#/');
});

describe('"Go to this step"', () => {
  it('opens the account with the next step focused, not at the top', async () => {
    const store = await freshStore();
    await store.updateSetting('introSeen', true);
    const id = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
    const [first, second] = stepsFor('primary-email');
    await store.setStepStatus(id, first!.id, 'done');
    window.history.replaceState(null, '', '#/plan');
    router = createHashRouter(window);
    renderWithStore(store, <DashboardApp router={router} version="1" />);
    const card = (await screen.findByRole('heading', { name: 'Your next step' })).closest(
      'section',
    )!;
    expect(within(card).getByText(stepText(second!).title)).toBeTruthy();

    fireEvent.click(within(card).getByRole('link', { name: 'Go to this step' }));
    await screen.findByRole('heading', { level: 1, name: 'Gmail' });
    await waitFor(() => expect(document.activeElement?.tagName).toBe('LI'));
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-labelledby')).toBe(`step-${second!.id}`);
    expect(within(focused).getByText('Next')).toBeTruthy();
  });
});
