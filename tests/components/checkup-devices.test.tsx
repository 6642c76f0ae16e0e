import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CheckUpPage } from '@/components/checkups/checkup-page';
import type { DeviceRecord } from '@/lib/device/device-record';
import { valuesOf } from '@/lib/plan/records';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const phone: DeviceRecord = {
  id: 'p1',
  label: 'My iPhone',
  kind: 'iphone',
  holder: 'me',
  setUpBy: 'me',
  passcodeKnown: 'yes',
  sharedAccount: 'no',
  signedInIds: [],
  marks: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('<CheckUpPage> asks about devices again', () => {
  it('asks "Is this still true?" of each device record, and keeps the answer', async () => {
    const store = await freshStore();
    await store.saveRecord('device', phone);
    renderWithStore(store, <CheckUpPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(await screen.findByRole('heading', { name: 'To check again: 1' })).toBeTruthy();
    const devices = screen.getByRole('region', { name: 'Your devices' });
    const row = within(devices).getByRole('listitem');
    expect(row.textContent).toContain(
      'Is this still true of “My iPhone”? You have it. They know its passcode.',
    );
    fireEvent.click(within(row).getByText('How to check this'));
    expect(within(row).getByText(/change its answers on the Devices page/)).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Still as I left it' }));
    expect(await screen.findByText(/1 still fine, 0 changed back\.$/)).toBeTruthy();
    const [checkUp] = valuesOf(store.records.value, 'check-up');
    expect(checkUp?.items).toMatchObject([{ key: 'device:p1', outcome: 'confirmed' }]);
  });
});
