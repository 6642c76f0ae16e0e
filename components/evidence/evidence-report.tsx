import { useState } from 'preact/hooks';
import { chainHead } from '@/lib/evidence/chain';
import { inChainOrder } from '@/lib/evidence/entry';
import { happenedText } from '@/lib/evidence/happened-text';
import { t, uiLanguage } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { formatDate } from '@/lib/ui/format';
import { usePlanStore } from '../common/store-context';
import { PrintShell } from '../safety/print-shell';
import { ReportPicture } from './report-picture';
import { routeHash } from '@/lib/state/route';

/**
 * The printable record: a timeline of entries with both dates, the words, each file's name and
 * SHA-256, the chain's head, and how to check the digests. Neutral title (the print shell).
 * Pictures only when the person ticks the box (off each time the page opens).
 * Commands checked: `sha256sum` (GNU coreutils), `shasum -a 256` (macOS), and
 * `certutil -hashfile <file> SHA256` (Windows certutil's -hashfile, algorithms MD2…SHA512).
 */
export function EvidenceReport() {
  const store = usePlanStore();
  const entries = inChainOrder(valuesOf(store.records.value, 'evidence'));
  const [now] = useState(() => Date.now());
  const [pictures, setPictures] = useState(false);
  const controls = (
    <>
      <p>
        <a href={routeHash({ name: 'evidence' })}>{t('print_back')}</a>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('print_button')}
        </button>
      </p>
      <label class="check">
        <input
          autocomplete="off"
          type="checkbox"
          checked={pictures}
          aria-describedby="report-pictures-hint"
          onChange={(e) => setPictures(e.currentTarget.checked)}
        />
        {t('evidence_report_pictures')}
      </label>
      <p id="report-pictures-hint" class="hint">
        {t('evidence_report_pictures_hint')}
      </p>
    </>
  );
  return (
    <PrintShell controls={controls}>
      <article data-testid="evidence-report">
        <h1>{t('print_title_neutral')}</h1>
        <p>{t('print_date', formatDate(now))}</p>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              {entry.removedAt !== undefined ? (
                <p>{t('evidence_removed', [String(entry.seq), formatDate(entry.removedAt)])}</p>
              ) : (
                <>
                  <h2>{t('evidence_entry_number', String(entry.seq))}</h2>
                  {entry.happenedAt && (
                    <p>{t('evidence_happened', happenedText(entry.happenedAt, uiLanguage()))}</p>
                  )}
                  <p>{t('evidence_recorded', formatDate(entry.recordedAt))}</p>
                  <p>{entry.text}</p>
                  {entry.files.map((file) => (
                    <p key={file.id}>
                      {file.name}
                      <br />
                      <code>{t('evidence_file_digest', file.sha256)}</code>
                      {pictures && file.type.startsWith('image/') && (
                        <>
                          <br />
                          <ReportPicture file={file} />
                        </>
                      )}
                    </p>
                  ))}
                </>
              )}
            </li>
          ))}
        </ol>
        <p>
          <code>{t('evidence_head', chainHead(entries))}</code>
        </p>
        <p>{t('evidence_report_method')}</p>
        <p>{t('evidence_check_limits')}</p>
      </article>
    </PrintShell>
  );
}
