import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { until, waitReady } from './firefox';

/** One record of Lockstep's `records` store (lib/plan/records.ts), as stored. */
export interface StoredRecord {
  readonly type: string;
  readonly id: string;
  readonly accountId?: string;
  readonly value: Record<string, unknown>;
}

/** Every record of the plan's `records` store, read in the page, sorted by type and id. */
export function storedRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lockstep');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error ?? new Error('open failed'));
    });
    const all = await new Promise<unknown[]>((done) => {
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => done(request.result);
    });
    db.close();
    return all as StoredRecord[];
  });
}

/** The records of one type. */
export const ofType = (records: readonly StoredRecord[], type: string) =>
  records.filter((r) => r.type === type);

/** Screenshots of the journeys, kept with the other test output (gitignored). */
export function screenshotPath(name: string): string {
  const dir = resolve('test-results/firefox');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/**
 * A downloads folder inside the project (gitignored) and the prefs that make Firefox save there
 * without asking, as a person's "Save file" would.
 */
export function downloadsFolder(): { dir: string; prefs: Record<string, unknown> } {
  const root = resolve('.cache/firefox-downloads');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, 'd-'));
  return {
    dir,
    prefs: {
      'browser.download.dir': dir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  };
}

/** Waits for a `count`-th finished file in a downloads folder; returns the newest one's path. */
export async function downloaded(dir: string, count: number): Promise<string> {
  const finished = () =>
    readdirSync(dir)
      .filter((name) => !name.endsWith('.part'))
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).size > 0);
  await until(
    () => finished().length >= count && !readdirSync(dir).some((n) => n.endsWith('.part')),
    `download ${count} in ${dir}`,
  );
  const newest = finished()
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
    .at(-1);
  if (!newest) throw new Error(`No finished download in ${dir}`);
  return newest;
}

/**
 * Reloads a Lockstep page as the person's F5 would and waits for the new page's `ready` mark
 * (puppeteer's `reload` waits for a load event that extension pages over BiDi never send).
 */
export async function reloadPage(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      (window as unknown as { stale?: boolean }).stale = true;
      setTimeout(() => location.reload(), 0);
    })
    .catch(() => undefined);
  await until(
    () => page.evaluate(() => !(window as unknown as { stale?: boolean }).stale),
    'the reloaded page',
  );
  await waitReady(page);
}
