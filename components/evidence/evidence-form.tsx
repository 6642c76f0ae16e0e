import { useState } from 'preact/hooks';
import { FileTooLargeError, type PickedFile } from '@/lib/evidence/evidence-actions';
import { linksAbout } from '@/lib/evidence/about';
import { NoRoomError } from '@/lib/evidence/room-check';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';
import { FileTraces } from './file-traces';

interface Props {
  readonly canAddFiles: boolean;
  /** The id of a kept finding the entry is about (its "Write this down"). */
  readonly finding?: string;
}

/** Adding an entry: the words, when it happened, the accounts it is about, and files. */
export function EvidenceForm({ canAddFiles, finding: findingId }: Props) {
  const store = usePlanStore();
  const finding = valuesOf(store.records.value, 'finding').find((f) => f.id === findingId);
  const about = linksAbout(finding);
  const [text, setText] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [accounts, setAccounts] = useState<string[]>([...about.accounts]);
  const [picked, setPicked] = useState<File[]>([]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!text.trim()) return setMessage(t('evidence_empty_text'));
    setBusy(true);
    try {
      const files: PickedFile[] = await Promise.all(
        picked.map(async (f) => ({ name: f.name, type: f.type, bytes: await readBytes(f) })),
      );
      const happenedAt = day ? (time ? `${day}T${time}` : day) : undefined;
      const links = { accounts, devices: about.devices, findings: about.findings };
      await store.addEvidence({ text: text.trim(), happenedAt, links }, files);
      setText('');
      setPicked([]);
      setMessage(t('evidence_added'));
      (event.target as HTMLFormElement).reset();
    } catch (error) {
      setMessage(refusal(error));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) =>
    setAccounts((list) => (on ? [...list, id] : list.filter((a) => a !== id)));

  return (
    <form class="stack" onSubmit={(e) => void submit(e)}>
      {finding && <p>{t('evidence_about_finding', finding.subject)}</p>}
      <div class="field">
        <label for="evidence-text">{t('evidence_text_label')}</label>
        <textarea
          autocomplete="off"
          id="evidence-text"
          rows={4}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="evidence-day">{t('evidence_when_label')}</label>
        <input
          autocomplete="off"
          id="evidence-day"
          type="date"
          value={day}
          onInput={(e) => setDay(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="evidence-time">{t('evidence_time_label')}</label>
        <input
          autocomplete="off"
          id="evidence-time"
          type="time"
          value={time}
          onInput={(e) => setTime(e.currentTarget.value)}
        />
      </div>
      <AccountPicks chosen={accounts} onToggle={toggle} />
      {canAddFiles && <FilePicker onPick={setPicked} />}
      <button type="submit" disabled={busy}>
        {t('evidence_add')}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}

/** What to say when files are refused before anything is kept; anything else is thrown on. */
function refusal(error: unknown): string {
  if (error instanceof NoRoomError) return t('evidence_no_room', String(error.freeMb));
  if (error instanceof FileTooLargeError) return t('evidence_too_large', error.fileName);
  throw error;
}

/** A picked file's bytes (File.arrayBuffer is in every browser Lockstep supports). */
const readBytes = async (file: File) => new Uint8Array(await file.arrayBuffer());

/**
 * The file picker, with what to know before picking. Sources: issue 33 (images of anyone under
 * 18: never kept; record the address, account and date instead, as the image-abuse steps do);
 * BCSTH "How to back up and store your digital evidence" and "Securing your cloud" (photos and
 * screenshots in iCloud or Google Photos can be seen by anyone who can reach that account);
 * techsafety.org.au "Documentation tips" (keep a dated log, save and screenshot messages).
 */
function FilePicker({ onPick }: { readonly onPick: (files: File[]) => void }) {
  return (
    <>
      <p class="warning">{t('evidence_minors')}</p>
      <p>{t('evidence_cloud')}</p>
      <FileTraces />
      <label for="evidence-files">{t('evidence_files_label')}</label>
      <p id="evidence-files-limit" class="hint">
        {t('evidence_files_limit')}
      </p>
      <input
        autocomplete="off"
        id="evidence-files"
        type="file"
        multiple
        aria-describedby="evidence-files-limit"
        onChange={(e) => onPick([...(e.currentTarget.files ?? [])])}
      />
    </>
  );
}

/** The plan's accounts, to link an entry to. */
function AccountPicks(props: {
  readonly chosen: readonly string[];
  readonly onToggle: (id: string, on: boolean) => void;
}) {
  const store = usePlanStore();
  const { chosen, onToggle } = props;
  const accounts = chosen;
  const toggle = onToggle;
  return (
    <>
      {store.accounts.value.length > 0 && (
        <fieldset>
          <legend>{t('evidence_accounts_label')}</legend>
          {store.accounts.value.map((a) => (
            <label key={a.id} class="check">
              <input
                autocomplete="off"
                type="checkbox"
                checked={accounts.includes(a.id)}
                onChange={(e) => toggle(a.id, e.currentTarget.checked)}
              />
              {a.name}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
