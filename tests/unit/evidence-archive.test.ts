import { openDB } from 'idb';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MIN_ITERATIONS } from '@/lib/crypto/seal';
import { ArchiveError } from '@/lib/evidence/archive-frames';
import { sealedWriter } from '@/lib/evidence/archive-sealed';
import type { Manifest } from '@/lib/evidence/archive-manifest';
import { splitChunks } from '@/lib/evidence/chunks';
import { sha256Bytes } from '@/lib/evidence/digest';
import { CHUNK_BYTES } from '@/lib/evidence/entry';
import { valuesOf } from '@/lib/plan/records';
import { createPlanStore } from '@/lib/state/plan-store';
import { openIdbStorage } from '@/lib/storage/idb-storage';

const NO_LINKS = { accounts: [], devices: [], findings: [] };
const WORDS = { text: (key: string) => `[${key}]`, date: (t: number) => `day ${t}`, lang: 'en' };
const PASS = 'purple tractor museum lantern';
/** The floor the reader accepts: the real count would make this file slow. */
const SEALED = { sealed: true, passphrase: PASS, iterations: MIN_ITERATIONS } as const;

async function storeOn(name = `ev-archive-${crypto.randomUUID()}`) {
  let time = Date.UTC(2026, 10, 24, 12);
  const storage = await openIdbStorage({ name, iterations: 1_000 });
  const store = createPlanStore({ storage, now: () => time++ });
  await store.reload();
  return { store, name };
}

function bytes(size: number, seed: number) {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * seed + 11) % 251;
  return out;
}

/** A log of three entries: a note, one with two files (one over a chunk), and a removed one. */
async function filledStore() {
  const made = await storeOn();
  const { store } = made;
  await store.addEvidence({ text: 'Texts at 2 a.m. <b>', links: NO_LINKS }, []);
  await store.addEvidence({ text: 'Screenshots of the sign-in alert', links: NO_LINKS }, [
    { name: 'alert 1.png', type: 'image/png', bytes: bytes(CHUNK_BYTES + 5_000, 7) },
    { name: '../../etc/passwd', type: 'text/plain', bytes: bytes(300, 3) },
  ]);
  await store.addEvidence({ text: 'Wrong entry', links: NO_LINKS }, []);
  const third = valuesOf(store.records.value, 'evidence').find((e) => e.seq === 3);
  await store.removeEvidence(third!.id);
  return made;
}

async function chunkCount(name: string) {
  const db = await openDB(name);
  const count = await db.count('chunks');
  db.close();
  return count;
}

const problemOf = (error: unknown) => (error instanceof ArchiveError ? error.problem : error);

describe('the plain zip archive', () => {
  it('holds every file under its path, with the digests and chain of manifest.json', async () => {
    const { store } = await filledStore();
    const { blob: zip, mismatched } = await store.makeEvidenceArchive({ sealed: false }, WORDS);
    expect(mismatched).toBe(0);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    expect(Object.keys(files).sort()).toEqual([
      'files/2-1-alert_1.png',
      'files/2-2-etc_passwd',
      'manifest.json',
      'report.html',
    ]);
    expect(manifest.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(manifest.chain).toMatchObject({ entries: 3, removed: 1, holds: true });
    expect(manifest.chain.head).toBe((await store.checkEvidence()).head);
    expect(manifest.files).toHaveLength(2);
    for (const file of manifest.files) {
      expect(file.matches).toBe(true);
      expect(await sha256Bytes(files[file.path]!)).toBe(file.sha256);
    }
    const report = new TextDecoder().decode(files['report.html']);
    expect(report).toContain('Texts at 2 a.m. &lt;b&gt;');
    expect(report).toContain('href="files/2-1-alert_1.png"');
    expect(report).not.toMatch(/<script/i);
  });
});

describe('the sealed archive', () => {
  it('comes back whole in a fresh profile: every entry, file and digest', async () => {
    const { store } = await filledStore();
    const { blob: sealed } = await store.makeEvidenceArchive(SEALED, WORDS);
    const text = new TextDecoder().decode(new Uint8Array(await sealed.arrayBuffer()));
    expect(text).not.toContain('Screenshots'); // nothing in the clear

    const other = (await storeOn()).store;
    expect(await other.importEvidenceArchive(sealed, PASS)).toBe(3);
    expect(await other.checkEvidence()).toMatchObject({ holds: true, total: 3, removed: 1 });
    const entry = valuesOf(other.records.value, 'evidence').find((e) => e.seq === 2)!;
    for (const file of entry.files) expect((await other.evidenceFile(file)).holds).toBe(true);
  });

  it('refuses a changed, cut or wrongly opened archive and changes nothing', async () => {
    const { store } = await filledStore();
    const sealed = new Uint8Array(
      await (await store.makeEvidenceArchive(SEALED, WORDS)).blob.arrayBuffer(),
    );
    const changed = sealed.slice();
    changed[Math.floor(changed.length / 2)]! ^= 1;
    const cases: [Blob, string, string][] = [
      [new Blob([changed]), PASS, 'damaged'],
      [new Blob([sealed.subarray(0, sealed.length - 40)]), PASS, 'damaged'],
      [new Blob([sealed]), 'not the passphrase', 'wrong-passphrase'],
      [new Blob(['{"format":"lockstep-plan"}\n']), PASS, 'not-archive'],
    ];
    const { store: other, name } = await storeOn();
    for (const [blob, pass, problem] of cases) {
      const refused = await other.importEvidenceArchive(blob, pass).catch(problemOf);
      expect(refused).toBe(problem);
      expect(valuesOf(other.records.value, 'evidence')).toEqual([]);
      expect(await chunkCount(name)).toBe(0);
    }
  });

  it('is only brought into an empty log', async () => {
    const { store } = await filledStore();
    const { blob: sealed } = await store.makeEvidenceArchive(SEALED, WORDS);
    const refused = await store.importEvidenceArchive(sealed, PASS).catch(problemOf);
    expect(refused).toBe('not-empty');
    expect(valuesOf(store.records.value, 'evidence')).toHaveLength(3);
  });

  it('refuses an archive sealed with the right passphrase whose files or words were changed', async () => {
    const { store } = await filledStore();
    const zip = unzipSync(
      new Uint8Array(
        await (await store.makeEvidenceArchive({ sealed: false }, WORDS)).blob.arrayBuffer(),
      ),
    );
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;
    /** Someone who knows the passphrase writes an archive of their own. */
    async function forged(change: (m: Manifest, files: Uint8Array[]) => Manifest) {
      const parts: Uint8Array<ArrayBuffer>[] = [];
      const frame = await sealedWriter(PASS, (b) => parts.push(b), { iterations: MIN_ITERATIONS });
      const contents = manifest.files.map((f) => zip[f.path]!.slice());
      const written = change(structuredClone(manifest), contents);
      for (const [i, file] of manifest.files.entries())
        for (const { place, bytes: part } of splitChunks(contents[i]!))
          await frame({ kind: 'chunk', id: file.id, index: place.index, last: place.last }, part);
      await frame({ kind: 'manifest' }, new TextEncoder().encode(JSON.stringify(written)));
      await frame({ kind: 'end' });
      return new Blob(parts);
    }
    const swapped = await forged((m, files) => {
      files[1]![0]! ^= 1;
      return m;
    });
    const reworded = await forged((m) => ({
      ...m,
      entries: m.entries.map((e) => (e.seq === 1 ? { ...e, text: 'Nothing happened' } : e)),
    }));
    const { store: other, name } = await storeOn();
    expect(await other.importEvidenceArchive(swapped, PASS).catch(problemOf)).toBe('files-differ');
    expect(await other.importEvidenceArchive(reworded, PASS).catch(problemOf)).toBe('chain');
    expect(valuesOf(other.records.value, 'evidence')).toEqual([]);
    expect(await chunkCount(name)).toBe(0);
  });
});
