import type { CompactEntry } from '@/lib/directory/types';
import { t } from '@/lib/i18n';

interface Props {
  readonly results: readonly CompactEntry[];
  /** The result the arrow keys are on. */
  readonly active: number;
  readonly onPick: (entry: CompactEntry) => void;
}

/** The search's list of matches (the combobox's listbox); hidden while there are none. */
export function DirectoryResults({ results, active, onPick }: Props) {
  return (
    <div
      id="directory-results"
      role="listbox"
      aria-label={t('dir_search_results')}
      hidden={results.length === 0}
    >
      {results.map((entry, i) => (
        <div
          key={entry.d}
          id={`directory-result-${i}`}
          role="option"
          tabIndex={-1}
          aria-selected={i === active}
          class={i === active ? 'active' : ''}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(entry);
          }}
        >
          <span class="result-name">{entry.n}</span> <span class="muted">{entry.d}</span>
        </div>
      ))}
    </div>
  );
}
