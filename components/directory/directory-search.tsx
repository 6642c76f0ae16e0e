import { useState } from 'preact/hooks';
import type { CompactEntry } from '@/lib/directory/types';
import { t } from '@/lib/i18n';
import { useDirectory } from './directory-context';
import { DirectoryResults } from './directory-results';

interface Props {
  readonly onPick: (entry: CompactEntry) => void;
}

/** Type a few letters of a name, a domain or a category; arrows and Enter pick a result. */
export function DirectorySearch({ onPick }: Props) {
  const directory = useDirectory();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const results = directory && open ? directory.search(query) : [];
  const expanded = results.length > 0;

  const pick = (entry: CompactEntry) => {
    onPick(entry);
    setQuery(entry.n);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && expanded) {
      event.preventDefault();
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((active - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      const entry = results[active];
      if (entry) pick(entry);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div class="field directory-search">
      <label for="directory-search">{t('dir_search_label')}</label>
      <input
        id="directory-search"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="directory-results"
        aria-activedescendant={expanded ? `directory-result-${active}` : undefined}
        aria-describedby="directory-search-hint"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <p id="directory-search-hint" class="hint">
        {directory ? t('dir_search_hint') : t('dir_loading')}
      </p>
      <DirectoryResults results={results} active={active} onPick={pick} />
      {open && directory && query.trim().length >= 2 && !expanded && (
        <p class="hint" role="status">
          {t('dir_search_none')}
        </p>
      )}
    </div>
  );
}
