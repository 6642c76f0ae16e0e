import { toRecord, valuesOf } from '../plan/records';
import type { StoreCore } from '../state/store-core';
import type { ArchiveForm } from './archive-make';
import type { ReportWords } from './archive-report';
import { checkLog } from './check';
import { ensureRoom } from './room-guard';

// The archive's code (the seal, the zip library) loads when an archive is made or brought in:
// every page registers these actions, and none needs that code to start.
const making = () => import('./archive-make');
const reading = () => Promise.all([import('./archive-import'), import('./archive-frames')]);

/**
 * The evidence archive, as plan actions: make one of the whole log (sealed, or a plain zip), and
 * bring a sealed one into an empty log. Bringing one in reads it twice: once to check all of
 * it, writing nothing; then, if its files fit in the browser's room (room-guard.ts), again to
 * keep each file, and only then the entries. If anything fails on the way, the files kept so
 * far are deleted: the log is as it was.
 */

type Progress = (done: number, total: number) => void;

export function archiveActions({ records, storage, write, settings, now }: StoreCore) {
  const files = () => storage.evidenceFiles;
  const entries = () => valuesOf(records.value, 'evidence');

  /** The whole log as one file: every entry, every file, `manifest.json` and `report.html`. */
  async function makeEvidenceArchive(form: ArchiveForm, words: ReportWords, progress?: Progress) {
    const store = files();
    if (!store) throw new Error('No files here.');
    const started = performance.now();
    const all = entries();
    const source = {
      entries: all,
      check: await checkLog(all, { mac: store.macKey() }),
      chunks: (id: string, size: number) => store.chunks(id, size),
      words,
      now: now(),
      discreet: settings.value.discreet,
    };
    const { makeArchive } = await making();
    const made = await makeArchive(source, form, progress);
    performance.measure('lockstep:evidence-archive', { start: started }); // read by `npm run bench`
    return made;
  }

  /** Brings a sealed archive into this (empty) log; the number of entries brought in. */
  async function importEvidenceArchive(blob: Blob, passphrase: string, progress?: Progress) {
    const store = files();
    if (!store) throw new Error('No files here.');
    const [{ readArchive }, { ArchiveError }] = await reading();
    if (entries().length > 0) throw new ArchiveError('not-empty');
    const checked = await readArchive(blob, passphrase, { progress });
    await ensureRoom(checked.flatMap((entry) => entry.files.map((file) => file.size)));
    const kept: string[] = [];
    try {
      const onFile = async (id: string, bytes: Uint8Array<ArrayBuffer>) => {
        kept.push(id);
        await store.put(id, bytes);
      };
      const read = await readArchive(blob, passphrase, { onFile, progress });
      if (entries().length > 0) throw new ArchiveError('not-empty');
      const added = read.map((entry) => toRecord('evidence', entry));
      records.value = [...records.value, ...added];
      if (!(await write(() => storage.putRecords(added)))) throw new Error('Not kept.');
      return read.length;
    } catch (error) {
      await store.remove(kept).catch(() => undefined);
      throw error;
    }
  }

  return { makeEvidenceArchive, importEvidenceArchive };
}
