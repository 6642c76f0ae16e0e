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

const checkItems = () =>
  within(screen.getByRole('region', { name: 'Checks for this device' }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('step'));

describe('device page: the guided checks', () => {
  it('says what Lockstep cannot see and warns before anything is removed', () => {
    renderPage();
    expect(screen.getByRole('note').textContent).toContain('Do not remove anything yet.');
    expect(screen.getByText(/can alert the person who installed it/)).toBeTruthy();
    expect(screen.getByText(/Finding nothing is not proof/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'stopstalkerware.org' })).toBeTruthy();
  });

  it('shows the Android checks with Pixel and Samsung setting names', () => {
    renderPage();
    const items = checkItems();
    expect(items).toHaveLength(7);
    const admin = items[1]!;
    expect(within(admin).getByRole('heading').textContent).toBe('Check 2 Device admin apps');
    expect(admin.textContent).toContain('Pixel: Settings > Security & privacy');
    expect(admin.textContent).toContain('Samsung: Settings > Security and privacy');
    expect(screen.getByText('0 of 7 checks marked.', { exact: false })).toBeTruthy();
  });

  it('marks a check like a plan step, stores the mark, and undoes it', () => {
    const records = renderPage();
    const first = checkItems()[0]!;
    fireEvent.click(within(first).getByRole('button', { name: 'Mark done' }));
    expect(records.marks.value).toEqual([
      { device: 'android', checkId: 'android_accounts', status: 'done', at: AT },
    ]);
    expect(within(checkItems()[0]!).getByRole('status').textContent).toMatch(/^Done on /);
    expect(screen.getByText('1 of 7 checks marked.', { exact: false })).toBeTruthy();
    fireEvent.click(within(checkItems()[2]!).getByRole('button', { name: 'Not applicable' }));
    expect(records.marks.value.map((m) => m.status)).toEqual(['done', 'na']);
    fireEvent.click(
      within(checkItems()[0]!).getByRole('button', { name: 'Undo: Accounts on the phone' }),
    );
    expect(records.marks.value.map((m) => m.checkId)).toEqual(['android_accessibility']);
  });

  it('switches device: each has its own checks and marks', () => {
    const records = renderPage();
    fireEvent.click(within(checkItems()[0]!).getByRole('button', { name: 'Mark done' }));
    fireEvent.click(screen.getByLabelText('iPhone or iPad'));
    const items = checkItems();
    expect(items).toHaveLength(5);
    expect(items[0]!.textContent).toContain('Settings > Privacy & Security > Safety Check');
    expect(items[0]!.textContent).toContain('Emergency Reset stops all sharing at once');
    expect(within(items[0]!).queryByRole('status')).toBeNull();
    expect(records.marks.value).toHaveLength(1);
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
