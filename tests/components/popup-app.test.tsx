import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp } from '@/components/common/popup-app';
import { stepsFor } from '@/lib/plan/playbook';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

describe('<PopupApp>', () => {
  it('invites the person to start when there is no plan', async () => {
    const onOpen = vi.fn();
    renderWithStore(await freshStore(), <PopupApp onOpen={onOpen} />);
    expect(screen.getByText(/No plan yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(undefined);
  });

  it('shows overall progress and the next step, and opens at that account', async () => {
    const store = await freshStore();
    const id = await store.addAccount({ name: 'Mail', site: '', kind: 'primary-email' });
    await store.setStepStatus(id, stepsFor('primary-email')[0]!.id, 'done');
    const onOpen = vi.fn();
    renderWithStore(store, <PopupApp onOpen={onOpen} />);
    expect(
      screen.getByText(new RegExp(`^1 of ${stepsFor('primary-email').length} steps finished`)),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your next step' })).toBeTruthy();
    expect(screen.getByText('For: Mail')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Lockstep' }));
    expect(onOpen).toHaveBeenCalledWith(id);
  });
});
