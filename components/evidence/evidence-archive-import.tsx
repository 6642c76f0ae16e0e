import { useState } from 'preact/hooks';
import { ArchiveError, type ArchiveProblem } from '@/lib/evidence/archive-frames';
import { NoRoomError } from '@/lib/evidence/room-check';
import { t, type MessageKey } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { ArchiveOutcome } from './archive-progress';

const PROBLEM_TEXT: Record<ArchiveProblem, MessageKey> = {
  'not-archive': 'evidence_import_not_archive',
  newer: 'evidence_import_newer',
  'weak-key': 'evidence_import_weak_key',
  'wrong-passphrase': 'evidence_import_wrong_passphrase',
  damaged: 'evidence_import_damaged',
  'files-differ': 'evidence_import_files_differ',
  chain: 'evidence_import_chain',
  'not-empty': 'evidence_import_not_empty',
  'too-big': 'evidence_import_too_big',
};

/**
 * Why an archive was refused, in the person's words. Out of room: freeing disk space helps, as
 * the browser's quota follows the disk's free space (MDN, "Storage quotas and eviction
 * criteria"; Chromium's quota was the disk's free space in tests/bench/evidence-quota.mjs).
 */
function problemText(error: unknown): string {
  if (error instanceof NoRoomError) return t('evidence_import_no_room', String(error.freeMb));
  return t(error instanceof ArchiveError ? PROBLEM_TEXT[error.problem] : 'evidence_import_failed');
}

/** Bringing a sealed archive into an empty record: everything is checked before anything is kept. */
export function EvidenceArchiveImport({ onDone }: { readonly onDone: (said: string) => void }) {
  const store = usePlanStore();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (event: Event) => {
    event.preventDefault();
    if (progress || !file) return;
    setMessage(null);
    setProgress([0, 1]);
    try {
      const count = await store.importEvidenceArchive(file, passphrase, (done, total) =>
        setProgress([done, total]),
      );
      setPassphrase('');
      onDone(t('evidence_import_done', String(count)));
    } catch (error) {
      setMessage({ text: problemText(error), error: true });
    } finally {
      setProgress(null);
    }
  };

  return (
    <form class="stack" onSubmit={(e) => void run(e)} autocomplete="off">
      <p>{t('evidence_import_lead')}</p>
      <label for="archive-file">{t('evidence_import_file')}</label>
      <input
        id="archive-file"
        type="file"
        autocomplete="off"
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />
      <label for="archive-import-pass">{t('evidence_import_pass')}</label>
      <input
        id="archive-import-pass"
        type="password"
        autocomplete="off"
        value={passphrase}
        onInput={(e) => setPassphrase(e.currentTarget.value)}
      />
      <div class="form-actions">
        <button
          type="submit"
          class="primary"
          disabled={!!progress || !file || !passphrase}
          aria-busy={!!progress}
        >
          {progress ? t('evidence_import_busy') : t('evidence_import_submit')}
        </button>
      </div>
      <ArchiveOutcome progress={progress} message={message} />
    </form>
  );
}
