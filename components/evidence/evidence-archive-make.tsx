import { useState } from 'preact/hooks';
import type { ArchiveForm } from '@/lib/evidence/archive-make';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import { recordFileName } from '@/lib/transfer/file-names';
import { formatDate } from '@/lib/ui/format';
import { usePlanStore } from '../common/store-context';
import { PassphraseFields, useNewPassphrase } from '../passwords/passphrase-fields';
import { useShellText } from '../safety/use-shell-text';
import { saveToDownloads } from '../transfer/export-download';
import { PlainExportFields } from '../transfer/plain-export-fields';
import { ArchiveOutcome } from './archive-progress';

/** The report's words and dates, in the person's language. */
const reportWords = () => ({
  text: t,
  date: (time: number) => formatDate(time),
  lang: uiLanguage(),
});

/** Saving the archive: sealed with a passphrase by default, or a plain .zip with a warning. */
export function EvidenceArchiveMake() {
  const store = usePlanStore();
  const text = useShellText();
  const pass = useNewPassphrase();
  const [sealed, setSealed] = useState(true);
  const [current, setCurrent] = useState('');
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // A record kept under a lock is only written out in the clear by someone who knows the lock.
  const askCurrent = !sealed && store.lockState.value === 'unlocked';

  const refuse = (key: MessageKey) => (
    setProgress(null),
    setMessage({ text: t(key), error: true })
  );

  const run = async (event: Event) => {
    event.preventDefault();
    if (progress) return;
    setMessage(null);
    setProgress([0, 1]);
    const problem = sealed ? await pass.validate() : null;
    if (problem) return refuse(problem);
    if (askCurrent && !(await store.checkPassphrase(current))) return refuse('pass_current_wrong');
    const form: ArchiveForm = sealed ? { sealed, passphrase: pass.first } : { sealed };
    try {
      const made = await store.makeEvidenceArchive(form, reportWords(), (done, total) =>
        setProgress([done, total]),
      );
      saveToDownloads(made.blob, recordFileName(sealed));
      pass.clear();
      setCurrent('');
      setProgress(null);
      const mismatch = made.mismatched && t('evidence_archive_mismatch', String(made.mismatched));
      setMessage({ text: mismatch || t('evidence_archive_saved'), error: false });
    } catch {
      refuse('evidence_archive_failed');
    }
  };

  return (
    <form class="stack" onSubmit={(e) => void run(e)} autocomplete="off">
      <p>{t('evidence_archive_lead')}</p>
      <p>{t('evidence_archive_max')}</p>
      <label>
        <input
          type="checkbox"
          autocomplete="off"
          checked={sealed}
          onChange={(e) => setSealed(e.currentTarget.checked)}
        />{' '}
        {t('evidence_archive_sealed_label')}
      </label>
      {sealed ? (
        <PassphraseFields
          state={pass}
          id="archive-pass"
          label={t('xfer_export_pass')}
          repeatLabel={t('xfer_export_pass_again')}
          hint={text('xfer_export_pass_hint')}
        />
      ) : (
        <PlainExportFields
          askCurrent={askCurrent}
          current={current}
          onCurrent={setCurrent}
          warning={t('evidence_archive_plain_warning')}
        />
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={!!progress} aria-busy={!!progress}>
          {progress ? t('evidence_archive_making') : t('evidence_archive_save')}
        </button>
      </div>
      <ArchiveOutcome progress={progress} message={message} />
    </form>
  );
}
