import { t } from '@/lib/i18n';

interface Props {
  /** Ask for the lock's passphrase first (the plan is kept under a lock). */
  readonly askCurrent: boolean;
  readonly current: string;
  readonly onCurrent: (value: string) => void;
  /** What anyone who gets the file can do with it (the plan export's words unless told). */
  readonly warning?: string;
}

/** Exporting in the clear: the warning, and the lock's passphrase when the plan has one. */
export function PlainExportFields({ askCurrent, current, onCurrent, warning }: Props) {
  return (
    <>
      <p class="warning">{warning ?? t('xfer_plain_warning')}</p>
      {askCurrent && (
        <>
          <label for="export-current">{t('pass_current')}</label>
          <input
            id="export-current"
            type="password"
            autocomplete="off"
            value={current}
            onInput={(e) => onCurrent(e.currentTarget.value)}
          />
        </>
      )}
    </>
  );
}
