import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DeviceList } from '@/components/device/device-list';
import {
  createMemoryDeviceRecords,
  DeviceRecordsContext,
  type DeviceRecords,
} from '@/components/device/device-records';
import { movedDevice } from '../fixtures/moved-device';

const AT = Date.UTC(2026, 11, 7, 12);

function renderList(): DeviceRecords {
  const records = createMemoryDeviceRecords(() => AT);
  let n = 0;
  render(
    <DeviceRecordsContext.Provider value={records}>
      <DeviceList now={() => AT} newId={() => `dev${++n}`} />
    </DeviceRecordsContext.Provider>,
  );
  return records;
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const card = (name: string) => screen.getByRole('listitem', { name });

describe('your devices', () => {
  it('refuses a device with no name, says why, and keeps what was chosen', () => {
    const records = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Add a device' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Maybe' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save device' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a name for this device.');
    expect(screen.getByLabelText('Your name for it').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('radio', { name: 'Maybe' }) as HTMLInputElement).checked).toBe(true);
    expect(records.devices.value).toEqual([]);
  });

  it('adds a phone whose passcode they know: it says so, and lists the iPhone steps', () => {
    const records = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Add a device' }));
    type('Your name for it', '  My iPhone ');
    fireEvent.change(screen.getByLabelText('What kind of device is it?'), {
      target: { value: 'iphone' },
    });
    const passcode = screen.getByRole('group', {
      name: 'Does the other person know its passcode?',
    });
    fireEvent.click(within(passcode).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save device' }));
    expect(records.devices.value).toMatchObject([
      { id: 'dev1', label: 'My iPhone', kind: 'iphone', passcodeKnown: 'yes', marks: [] },
    ]);
    const phone = card('My iPhone');
    expect(phone.textContent).toContain('They may know this device.');
    const steps = within(phone)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(steps[0]).toContain('If this device may be watched, do not change passwords here');
    expect(steps[1]).toContain('Change the passcode, then end the old one');
    expect(phone.textContent).toContain('Expire Previous Passcode Now');
    expect(phone.textContent).toContain('Wait if you live with them');
  });

  it('marks a step, changes the device, and removes it', () => {
    const records = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Add a device' }));
    type('Your name for it', 'Work laptop');
    fireEvent.change(screen.getByLabelText('What kind of device is it?'), {
      target: { value: 'windows' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save device' }));
    const laptop = card('Work laptop');
    expect(laptop.textContent).not.toContain('jailbreak');
    const [first] = within(laptop).getAllByRole('group', { name: /^Mark: / });
    fireEvent.click(within(first!).getByRole('button', { name: 'Mark done' }));
    expect(records.devices.value[0]?.marks).toEqual([
      { stepId: 'watched_device', status: 'done', at: AT },
    ]);
    expect(screen.getByText('1 of 11 checks marked.', { exact: false })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Change “Work laptop”' }));
    type('Your name for it', 'Old laptop');
    fireEvent.click(screen.getByRole('button', { name: 'Save device' }));
    expect(records.devices.value).toMatchObject([
      { id: 'dev1', label: 'Old laptop', marks: [{ stepId: 'watched_device' }] },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove “Old laptop”' }));
    expect(records.devices.value).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('“Old laptop” was removed from your plan.');
    expect(screen.getByText('No devices yet.')).toBeTruthy();
  });
});

describe('your devices: the old check marks moved', () => {
  it('says once where the marks went, then not again', () => {
    const records = createMemoryDeviceRecords(() => AT);
    const marks = [{ stepId: 'android_accounts', status: 'done', at: AT }] as const;
    records.saveDevice(movedDevice('android', 'Android phone or tablet', marks, AT));
    const page = () => (
      <DeviceRecordsContext.Provider value={records}>
        <DeviceList now={() => AT} />
      </DeviceRecordsContext.Provider>
    );
    const { unmount } = render(page());
    expect(screen.getByText(/^We moved your earlier check marks/).textContent).toBe(
      'We moved your earlier check marks to “Android phone or tablet”. Check its answers.',
    );
    expect(records.devices.value[0]?.marksMoved).toBeUndefined();
    const phone = card('Android phone or tablet');
    expect(within(phone).getByRole('heading', { name: /Accounts on the phone/ })).toBeTruthy();
    expect(phone.textContent).toContain('1 of 14 checks marked.');
    unmount();
    render(page());
    expect(screen.queryByText(/We moved your earlier check marks/)).toBeNull();
  });
});
