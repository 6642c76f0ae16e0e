import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PrintPage } from '@/components/advocate/print-page';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';
import { makeLine, makeLook } from '../fixtures/plan-records';

async function planWithWayIn() {
  const store = await freshStore();
  const gmail = await store.addAccount({ name: 'Gmail', site: '', kind: 'primary-email' });
  const bank = await store.addAccount({ name: 'Chase', site: '', kind: 'banking' });
  const now = Date.now();
  await store.saveRecord('phone-line', makeLine({ createdAt: now, updatedAt: now }));
  await store.saveRecord('assessment', makeLook(gmail, { recoveryLineId: 'cell' }));
  await store.saveRecord('assessment', makeLook(bank, { recoveryEmailId: gmail }));
  return store;
}

const drawing = () => screen.getByRole('group', { name: /Map of who can get in/ });

describe('the map on the advocate’s take-away (issue 35)', () => {
  it('is left out unless chosen, then drawn with kinds only and neutral words', async () => {
    renderWithStore(await planWithWayIn(), <PrintPage />);
    expect(screen.queryByRole('group', { name: /Map of who can get in/ })).toBeNull();

    fireEvent.click(screen.getByLabelText(/Add the map of who can get in/));
    const map = within(drawing());
    expect(map.getByText('Someone else')).not.toBeNull();
    expect(map.queryByText('The other person')).toBeNull();
    expect(map.getByText('Main email')).not.toBeNull();
    expect(map.getByText('A phone line')).not.toBeNull();
    expect(drawing().textContent).not.toMatch(/Gmail|Chase|My cell/);
    expect(screen.getByRole('heading', { level: 2, name: 'Map' })).not.toBeNull();
  });

  it('shows names and the plain words only when the paper does', async () => {
    renderWithStore(await planWithWayIn(), <PrintPage />);
    fireEvent.click(screen.getByLabelText(/Add the map of who can get in/));
    fireEvent.click(screen.getByLabelText('Show account and site names'));
    fireEvent.click(screen.getByLabelText(/Say what this paper is for/));
    const map = within(drawing());
    expect(map.getByText('Gmail')).not.toBeNull();
    expect(map.getByText('The other person')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Map of who can get in' })).not.toBeNull();
  });
});
