import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserCheckRoute } from '@/components/browser-check/browser-check-route';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import { reviewHistory, reviewOtherExtensions } from '@/lib/browser-check/reviews';
import { valuesOf } from '@/lib/plan/records';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

// The one permission owner and the two reviews, faked: the page's part is to ask on the click,
// say plainly when refused, show what was found, and give the permission back when done or gone.
vi.mock('@/lib/browser/permissions', () => ({
  turnOn: vi.fn(() => Promise.resolve(true)),
  turnOff: vi.fn(() => Promise.resolve()),
}));
vi.mock('@/lib/browser-check/reviews', () => ({
  reviewOtherExtensions: vi.fn(() =>
    Promise.resolve([
      { id: 'w', name: 'Watcher', enabled: false, flags: ['by-policy', 'disabled'], sensitive: [] },
    ]),
  ),
  reviewHistory: vi.fn(() =>
    Promise.resolve({
      hits: [],
      apps: [],
      searched: 1234,
      oldest: Date.UTC(2026, 8, 1),
      cut: false,
    }),
  ),
}));
const asked = vi.mocked(turnOn);
const givenBack = vi.mocked(turnOff);

describe('<BrowserCheckRoute>', () => {
  beforeEach(() => {
    asked.mockClear();
    givenBack.mockClear();
    vi.mocked(reviewHistory).mockClear();
    vi.mocked(reviewOtherExtensions).mockClear();
  });

  it('asks on the click, flags in plain words, keeps a finding, and gives back when done', async () => {
    const store = await freshStore();
    await store.updateSetting('clearHistory', true);
    renderWithStore(store, <BrowserCheckRoute />);
    expect(asked).not.toHaveBeenCalled(); // nothing is asked before the person starts
    fireEvent.click(screen.getByRole('button', { name: 'Look at the other extensions' }));
    expect(asked).toHaveBeenCalledWith('extension-review');
    await screen.findByRole('heading', { level: 3, name: 'Watcher' });
    expect(screen.getByText(/It was put there by a policy/)).toBeTruthy();
    expect(screen.getByText(/It is turned off, but it is still there/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep as a finding: Watcher' }));
    await waitFor(() =>
      expect(valuesOf(store.records.value, 'finding').map((f) => [f.source, f.subject])).toEqual([
        ['browser-extension', 'Watcher'],
      ]),
    );
    expect(screen.getByText('Kept on your plan.')).toBeTruthy();
    // Removed from the findings, it can be kept again: "kept" is what the plan holds now.
    fireEvent.click(screen.getByRole('button', { name: 'Remove finding: Watcher' }));
    await screen.findByRole('button', { name: 'Keep as a finding: Watcher' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep as a finding: Watcher' }));
    await screen.findByText('Kept on your plan.');
    fireEvent.click(screen.getByRole('button', { name: 'Done: give back the permission' }));
    // History clean-up is on: the owner is told, so it keeps `history` for it.
    expect(givenBack).toHaveBeenCalledWith('extension-review', ['history-cleanup']);
    expect(screen.queryByRole('heading', { level: 3, name: 'Watcher' })).toBeNull();
  });

  it('says nothing found proves nothing, and how far back history goes', async () => {
    const store = await freshStore();
    renderWithStore(store, <BrowserCheckRoute />);
    fireEvent.click(screen.getByRole('button', { name: 'Search this browser’s history' }));
    const summary = await screen.findByText(/None of the 1234 pages/);
    expect(summary.textContent).toContain('This does not prove anything');
    await waitFor(() => expect(document.activeElement).toBe(summary)); // focus lands on it
    expect(screen.getByText(/history goes back to about/)).toBeTruthy();
  });

  it('explains a refusal and runs nothing; leaving the page gives back what it held', async () => {
    const store = await freshStore();
    asked.mockResolvedValueOnce(false);
    const view = renderWithStore(store, <BrowserCheckRoute />);
    fireEvent.click(screen.getByRole('button', { name: 'Search this browser’s history' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not allow it');
    expect(reviewHistory).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Look at the other extensions' }));
    await screen.findByRole('heading', { level: 3, name: 'Watcher' });
    view.unmount();
    expect(givenBack).toHaveBeenCalledWith('extension-review', []);
    expect(givenBack).not.toHaveBeenCalledWith('history-review', expect.anything());
  });
});
