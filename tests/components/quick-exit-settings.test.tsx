import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickExitSettings } from '@/components/safety/quick-exit-settings';
import { historyKeepsLockstepPages } from '@/lib/browser/differences';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

vi.mock('@/lib/browser/differences', () => ({ historyKeepsLockstepPages: vi.fn(() => true) }));
afterEach(() => vi.mocked(historyKeepsLockstepPages).mockReturnValue(true));

const BOX = 'Also remove Lockstep’s pages from the browser’s history';

describe('history clean-up, per browser', () => {
  it('is offered where the browser keeps Lockstep’s pages in history (Chrome)', async () => {
    renderWithStore(await freshStore(), <QuickExitSettings />);
    expect(screen.getByLabelText(BOX)).not.toBeNull();
    expect(screen.getByText(/Lockstep’s pages stay in the browser’s history/)).not.toBeNull();
  });

  it('is neither offered nor promised where the browser keeps none (Firefox)', async () => {
    vi.mocked(historyKeepsLockstepPages).mockReturnValue(false);
    renderWithStore(await freshStore(), <QuickExitSettings />);
    expect(screen.queryByLabelText(BOX)).toBeNull();
    expect(screen.queryByText(/ask you to allow Lockstep to change your history/)).toBeNull();
    expect(
      screen.getByText(/Firefox does not keep Lockstep’s pages in its history/),
    ).not.toBeNull();
  });
});
