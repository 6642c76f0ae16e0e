import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { DevicePage } from '@/components/device/device-page';
import {
  createMemoryDeviceRecords,
  DeviceRecordsContext,
  type DeviceRecords,
} from '@/components/device/device-records';
import { loadDeviceLists } from '@/lib/device/load';

// The lists load lazily; load them once so no import outlives a test.
beforeAll(async () => {
  await loadDeviceLists();
});

const AT = Date.UTC(2026, 11, 2, 12);

function renderPage(): DeviceRecords {
  const records = createMemoryDeviceRecords(() => AT);
  render(
    <DeviceRecordsContext.Provider value={records}>
      <DevicePage />
    </DeviceRecordsContext.Provider>,
  );
  return records;
}

const addDevice = (label: string, kind: string) => {
  fireEvent.click(screen.getByRole('button', { name: 'Add a device' }));
  fireEvent.input(screen.getByLabelText('Your name for it'), { target: { value: label } });
  fireEvent.change(screen.getByLabelText('What kind of device is it?'), {
    target: { value: kind },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save device' }));
};
const stepItems = (label: string) =>
  within(screen.getByRole('listitem', { name: label }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('step'));

describe("device page: a device's steps, then its guided checks", () => {
  it('says what Lockstep cannot see and warns before anything is removed', () => {
    renderPage();
    expect(screen.getByRole('note').textContent).toContain('Do not remove anything yet.');
    expect(screen.getByText(/can alert the person who installed it/)).toBeTruthy();
    expect(screen.getByText(/Finding nothing is not proof/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'stopstalkerware.org' })).toBeTruthy();
  });

  it("shows an Android device's seven steps, then the Android checks with Pixel and Samsung names", () => {
    renderPage();
    addDevice('My phone', 'android');
    const items = stepItems('My phone');
    expect(items).toHaveLength(14);
    const admin = items[8]!;
    expect(within(admin).getByRole('heading').textContent).toBe('Check 9 Device admin apps');
    expect(admin.textContent).toContain('Pixel: Settings > Security & privacy');
    expect(admin.textContent).toContain('Samsung: Settings > Security and privacy');
    expect(screen.getByText('0 of 14 checks marked.', { exact: false })).toBeTruthy();
  });

  it('marks a check like a step, keeps the mark on the device, and undoes it', () => {
    const records = renderPage();
    addDevice('My phone', 'android');
    fireEvent.click(within(stepItems('My phone')[7]!).getByRole('button', { name: 'Mark done' }));
    expect(records.devices.value[0]?.marks).toEqual([
      { stepId: 'android_accounts', status: 'done', at: expect.any(Number) },
    ]);
    expect(within(stepItems('My phone')[7]!).getByRole('status').textContent).toMatch(/^Done on /);
    expect(screen.getByText('1 of 14 checks marked.', { exact: false })).toBeTruthy();
    fireEvent.click(
      within(stepItems('My phone')[7]!).getByRole('button', {
        name: 'Undo: Accounts on the phone',
      }),
    );
    expect(records.devices.value[0]?.marks).toEqual([]);
  });

  it("gives each device its own kind's checks, and none to 'something else'", () => {
    renderPage();
    addDevice('Old iPad', 'iphone');
    addDevice('Watch', 'other');
    const ipad = stepItems('Old iPad');
    expect(ipad.at(-5)!.textContent).toContain('Settings > Privacy & Security > Safety Check');
    expect(ipad.map((li) => li.textContent).join()).not.toContain('Device admin apps');
    expect(
      stepItems('Watch')
        .map((li) => li.textContent)
        .join(),
    ).not.toContain('Safety Check');
  });
});

describe('device page: the app lookup', () => {
  const lookUp = async (text: string) => {
    await screen.findByRole('button', { name: 'Look up', hidden: false });
    const button = screen.getByRole('button', { name: 'Look up' }) as HTMLButtonElement;
    await expect.poll(() => button.disabled).toBe(false);
    fireEvent.input(screen.getByLabelText('App names or package names, one per line'), {
      target: { value: text },
    });
    fireEvent.click(button);
  };
  const results = () =>
    within(screen.getByRole('region', { name: 'Results' }))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('lookup-result'));

  it('answers a pasted list: stalkerware, dual-use and a common app not listed', async () => {
    renderPage();
    await lookUp('com.mspy.lite\nLife360\nWhatsApp');
    expect(screen.getByText('3 looked up.')).toBeTruthy();
    const [mspy, life360, whatsapp] = results();
    expect(mspy!.textContent).toContain('On a list as stalkerware or spyware.');
    expect(mspy!.textContent).toContain('Do not remove it yet');
    expect(mspy!.textContent).toContain('Google Play: com.mspy.lite');
    // Vendor addresses are text, never links.
    expect(mspy!.textContent).toContain('mspy.com');
    expect(within(mspy!).queryAllByRole('link')).toEqual([]);
    expect(life360!.textContent).toContain('On a list as dual-use.');
    expect(life360!.textContent).toContain('Did you install it yourself, knowingly?');
    expect(life360!.textContent).toContain('This is a match by name only.');
    expect(whatsapp!.textContent).toContain('Not in the lists.');
    expect(whatsapp!.textContent).toContain('This never means the app is safe.');
    expect(whatsapp!.textContent).not.toContain('stalkerware or spyware.');
  });

  it('shows every app of a shared name with its store and id, and no single answer', async () => {
    renderPage();
    await lookUp('Find My Phone');
    const [result] = results();
    expect(result!.textContent).toMatch(/\d+ listed apps have this name\./);
    expect(result!.textContent).not.toContain('On a list as');
    const apps = result!.querySelectorAll('.listed-app');
    expect(apps.length).toBeGreaterThanOrEqual(29);
    expect(result!.textContent).toContain('Google Play: com.findmyphone');
    // One of them is on a list as stalkerware: it is shown, but not as the answer.
    expect(result!.textContent).toContain('Echap list: stalkerware');
  });

  it('keeps a result as a finding on the plan, and removes it', async () => {
    const records = renderPage();
    await lookUp('com.mspy.lite');
    fireEvent.click(screen.getByRole('button', { name: 'Save as a finding: com.mspy.lite' }));
    expect(records.findings.value).toMatchObject([
      {
        source: 'app-lookup',
        device: 'android',
        subject: 'com.mspy.lite',
        verdict: 'stalkerware',
        matches: [
          { list: 'echap', id: 'mSpy' },
          { list: 'isdi', id: 'com.mspy.lite', store: 'playstore' },
        ],
        at: AT,
      },
    ]);
    expect(within(results()[0]!).getByRole('status').textContent).toBe('Saved to your plan.');
    const findings = screen.getByRole('region', { name: 'Findings on your plan' });
    expect(findings.textContent).toContain('com.mspy.lite · Android phone or tablet');
    fireEvent.click(
      within(findings).getByRole('button', { name: 'Remove finding: com.mspy.lite' }),
    );
    expect(records.findings.value).toEqual([]);
    expect(findings.textContent).toContain('No findings yet.');
  });

  it('asks for something to look up instead of answering nothing', async () => {
    renderPage();
    await lookUp('  \n , ');
    expect(screen.getByRole('alert').textContent).toBe(
      'Type at least one app name or package name.',
    );
    expect(screen.queryByRole('region', { name: 'Results' })).toBeNull();
  });
});
