import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CheckUpPage } from '@/components/checkups/checkup-page';
import { createMemoryStorage } from '@/lib/storage/memory-storage';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

// The one module that asks for permissions, faked: the browser says yes.
vi.mock('@/lib/browser/permissions', () => ({
  turnOn: vi.fn(() => Promise.resolve(true)),
  turnOff: vi.fn(() => Promise.resolve()),
}));

const DAY = 24 * 60 * 60 * 1000;
const shown = (at: number) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(at);

describe('<CheckUpPage> the next check-up’s date', () => {
  it('shows the date a month ahead after choosing "Every month", and again after a reload', async () => {
    const storage = createMemoryStorage();
    const store = await freshStore(storage);
    renderWithStore(store, <CheckUpPage />);
    expect(screen.getByText('No check-up is planned.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('How often:'), { target: { value: 'month' } });
    await waitFor(() => expect(store.settings.value.checkUpDueAt).not.toBeNull());
    const due = store.settings.value.checkUpDueAt!;
    expect(due - Date.now()).toBeGreaterThan(27 * DAY);
    expect(await screen.findByText(`Next check-up: ${shown(due)}`)).toBeTruthy();
    expect(screen.queryByText(/unknown date/)).toBeNull();

    cleanup();
    renderWithStore(await freshStore(storage), <CheckUpPage />);
    expect(await screen.findByText(`Next check-up: ${shown(due)}`)).toBeTruthy();
  });
});
