import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { EvidenceArchiveImport } from './evidence-archive-import';
import { EvidenceArchiveMake } from './evidence-archive-make';

/** The record as one file to take away, and a sealed one brought back in. */
export function EvidenceArchivePage() {
  const store = usePlanStore();
  const hasEntries = valuesOf(store.records.value, 'evidence').length > 0;
  const keepsFiles = store.evidenceKeepsFiles() && store.mode !== 'session';
  // Said here, not in the import form: the form leaves the page once the record has entries.
  const [imported, setImported] = useState<string | null>(null);
  return (
    <section aria-labelledby="archive-heading">
      <h1 id="archive-heading">{t('evidence_archive_title')}</h1>
      <p>
        <a href={routeHash({ name: 'evidence' })}>{t('evidence_link')}</a>
      </p>
      {!keepsFiles && <p class="warning">{t('evidence_memory')}</p>}
      {imported && <p role="status">{imported}</p>}
      {keepsFiles && hasEntries && (
        <section class="card" aria-label={t('evidence_archive_save')}>
          <EvidenceArchiveMake />
        </section>
      )}
      {keepsFiles && !hasEntries && (
        <section class="card" aria-labelledby="archive-import-heading">
          <h2 id="archive-import-heading">{t('evidence_import_title')}</h2>
          <EvidenceArchiveImport onDone={setImported} />
        </section>
      )}
    </section>
  );
}
