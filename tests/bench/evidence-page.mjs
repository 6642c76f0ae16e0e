/**
 * `evidence_page_ready_ratio_floor_200`: the evidence page with 200 entries (one file each
 * fourth), lock off, ready time over the IndexedDB floor page's (browser.mjs; it reads the same
 * records store), interleaved runs. Target ≤ 1.5× (issue 33).
 */
import { median, report, reportRatio } from './figures.mjs';
import { timePage } from './pages.mjs';

const ENTRIES = 200;

/** Runs `fn(count)` inside an extension page against Lockstep's database. */
async function inDatabase(ext, fn, arg) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('blank.html'));
  await page.evaluate(fn, arg);
  await page.close();
}

/** 200 evidence entries written straight into the records store (digests made up: shown only). */
function seed(count) {
  const hex = (n) => n.toString(16).padStart(64, '0');
  return new Promise((resolve, reject) => {
    const req = globalThis.indexedDB.open('lockstep');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite');
      for (let seq = 1; seq <= count; seq++) {
        const id = `bench-ev-${seq}`;
        const file = { id: `${id}-f`, name: `photo-${seq}.jpg`, type: 'image/jpeg', size: 2048 };
        const value = {
          id,
          seq,
          text: `Bench entry ${seq}: a message arrived from a new number asking where I was.`,
          happenedAt: '2026-11-02T21:15',
          recordedAt: 1_764_000_000_000 + seq * 60_000,
          links: { accounts: [], devices: [], findings: [] },
          files: seq % 4 === 0 ? [{ ...file, sha256: hex(seq) }] : [],
          body: hex(seq + 1),
          link: hex(seq + 2),
        };
        tx.objectStore('records').put({ type: 'evidence', id, value });
      }
      tx.oncomplete = () => resolve(req.result.close());
    };
  });
}

/** The seeded entries removed, so the parts after this one start from an empty log. */
function unseed(count) {
  return new Promise((resolve) => {
    const req = globalThis.indexedDB.open('lockstep');
    req.onsuccess = () => {
      const tx = req.result.transaction('records', 'readwrite');
      for (let seq = 1; seq <= count; seq++)
        tx.objectStore('records').delete(['evidence', `bench-ev-${seq}`]);
      tx.oncomplete = () => resolve(req.result.close());
    };
  });
}

/** The figure, then the 200 entries removed again. */
export async function timeEvidencePage(ext, runs) {
  const path = 'dashboard.html#/evidence';
  await inDatabase(ext, seed, ENTRIES);
  try {
    await timePage(ext, path); // warm-up
    const [floor, page] = [[], []];
    for (let i = 0; i < runs; i++) {
      floor.push(await timePage(ext, 'floor.html'));
      page.push(await timePage(ext, path));
    }
    report('evidence_page_ready_ms_200', median(page), 'ms');
    reportRatio('evidence_page_ready_ratio_floor_200', page, floor);
  } finally {
    await inDatabase(ext, unseed, ENTRIES);
  }
}
