import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { usePlanStore } from '@/components/common/store-context';
import { SettingsChangedNotice } from '@/components/safety/settings-changed-notice';
import { openIdbStorage } from '@/lib/storage/idb-storage';
import { freshStore, renderWithStore } from '../fixtures/render-with-store';

const PASS = 'lantern meadow copper';
const open = (name: string) => openIdbStorage({ name, iterations: 1_000 });

/**
 * A locked plan with a quick exit address and "only accept sealed files" on, then changed on disk.
 * With `failOnce`, the first write of the person's choice fails (a full disk, another tab).
 */
async function changedWhileLocked(name: string, failOnce = false) {
  const first = await open(name);
  await first.putSetting('quickExitUrl', 'https://weather.example/');
  await first.putSetting('onlySealedImports', true);
  await first.setPassphrase(PASS);
  first.close();
  const db = await openDB(name);
  await db.put('settings', { key: 'quickExitUrl', value: 'https://evil.example/' });
  await db.put('settings', { key: 'onlySealedImports', value: false });
  db.close();
  const storage = await open(name);
  const write = storage.resolveSettingChanges;
  if (failOnce && write) {
    const failing = vi
      .fn(write)
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    storage.resolveSettingChanges = failing;
  }
  const store = await freshStore(storage);
  expect(await store.unlock(PASS)).toBe('ok');
  return store;
}

/** The notice where the dashboard puts it: while anything differs. */
function AfterUnlock() {
  const changes = usePlanStore().settingChanges();
  return changes.length > 0 ? <SettingsChangedNotice changes={changes} /> : <p>The plan</p>;
}

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const cells = (name: string) =>
  within(row(name))
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('settings changed while the plan was locked', () => {
  it('names each one with its locked and its current value, and puts mine back', async () => {
    const name = `settings-ui-${crypto.randomUUID()}`;
    const store = await changedWhileLocked(name);
    renderWithStore(store, <AfterUnlock />);
    screen.getByRole('heading', { name: 'Some settings changed while your plan was locked' });
    expect(cells('Page to leave open after quick exit')).toEqual([
      'https://weather.example/',
      'https://evil.example/',
    ]);
    expect(cells('Only accept sealed files (files protected with a passphrase)')).toEqual([
      'On',
      'Off',
    ]);
    expect(screen.getAllByRole('row')).toHaveLength(3); // the header and the two changes

    fireEvent.click(screen.getByRole('button', { name: 'Put back my settings' }));
    await screen.findByText('The plan');
    expect(store.settings.value.quickExitUrl).toBe('https://weather.example/');
    expect(store.settings.value.onlySealedImports).toBe(true);
    const again = await freshStore(await open(name));
    await again.unlock(PASS);
    expect(again.settingChanges()).toEqual([]);
  });

  it('keeps the new ones when the person changed them', async () => {
    const name = `settings-ui-${crypto.randomUUID()}`;
    const store = await changedWhileLocked(name);
    renderWithStore(store, <AfterUnlock />);
    fireEvent.click(screen.getByRole('button', { name: 'Keep the new ones' }));
    await screen.findByText('The plan');
    expect(store.settings.value.quickExitUrl).toBe('https://evil.example/');
    const again = await freshStore(await open(name));
    await again.unlock(PASS);
    await waitFor(() => expect(again.settingChanges()).toEqual([]));
  });

  it('says the choice was not saved, changes nothing, and lets the person try again', async () => {
    const name = `settings-ui-${crypto.randomUUID()}`;
    const store = await changedWhileLocked(name, true);
    renderWithStore(store, <AfterUnlock />);
    fireEvent.click(screen.getByRole('button', { name: 'Put back my settings' }));

    const line = await screen.findByRole('alert');
    expect(line.textContent).toBe(
      'Your choice was not saved, and nothing changed. Close the other tabs that show your plan, then try again.',
    );
    await waitFor(() => expect(document.activeElement).toBe(line));
    const putBack = screen.getByRole<HTMLButtonElement>('button', { name: 'Put back my settings' });
    expect(putBack.disabled).toBe(false);
    expect(cells('Page to leave open after quick exit')).toEqual([
      'https://weather.example/',
      'https://evil.example/',
    ]);
    expect(store.settings.value.quickExitUrl).toBe('https://evil.example/');
    const meanwhile = await freshStore(await open(name));
    await meanwhile.unlock(PASS);
    expect(meanwhile.settingChanges()).toHaveLength(2);

    fireEvent.click(putBack);
    await screen.findByText('The plan');
    expect(store.settings.value.quickExitUrl).toBe('https://weather.example/');
  });
});
