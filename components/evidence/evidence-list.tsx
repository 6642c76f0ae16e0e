import type { EvidenceEntry } from '@/lib/evidence/entry';
import { happenedText } from '@/lib/evidence/happened-text';
import { t, uiLanguage } from '@/lib/i18n';
import { formatDate } from '@/lib/ui/format';
import { usePlanStore } from '../common/store-context';
import { useScreenful } from '../common/use-screenful';
import { EntryLinks } from './entry-links';
import { EvidenceFileRow } from './evidence-file-row';

/**
 * The entries, oldest first: removed ones as a dated line, the rest in full. A long log shows
 * its first screenful at once and the rest a batch per task (use-screenful.ts).
 */
export function EvidenceList({ entries }: { readonly entries: readonly EvidenceEntry[] }) {
  const store = usePlanStore();
  const rows = useScreenful(entries);
  if (entries.length === 0) return <p>{t('evidence_none')}</p>;
  return (
    <ol class="evidence-list">
      {rows.map((entry) => (
        <li key={entry.id}>
          {entry.removedAt !== undefined ? (
            <p>{t('evidence_removed', [String(entry.seq), formatDate(entry.removedAt)])}</p>
          ) : (
            <article aria-label={t('evidence_entry_number', String(entry.seq))}>
              <h3>{t('evidence_entry_number', String(entry.seq))}</h3>
              {entry.happenedAt && (
                <p>{t('evidence_happened', happenedText(entry.happenedAt, uiLanguage()))}</p>
              )}
              <p>{t('evidence_recorded', formatDate(entry.recordedAt))}</p>
              <p class="evidence-text">{entry.text}</p>
              <EntryLinks links={entry.links} />
              {entry.files.length > 0 && (
                <ul>
                  {entry.files.map((file) => (
                    <EvidenceFileRow key={file.id} file={file} />
                  ))}
                </ul>
              )}
              <button
                type="button"
                class="secondary"
                onClick={() => void store.removeEvidence(entry.id)}
              >
                {t('evidence_remove', String(entry.seq))}
              </button>
            </article>
          )}
        </li>
      ))}
    </ol>
  );
}
