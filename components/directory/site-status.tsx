import { useState } from 'preact/hooks';
import type { Lookup } from '@/lib/directory/directory';
import type { CompactEntry } from '@/lib/directory/types';
import { t } from '@/lib/i18n';
import { EntryDetails } from './entry-details';
import { useShellText } from '../safety/use-shell-text';

interface Props {
  readonly result: Lookup;
  readonly asOf: string;
  /** "Add to my plan", with the entry when the site is listed. */
  readonly onAdd?: (host: string, entry?: CompactEntry) => void;
}

/** What the bundled directory says about one site: supports MFA, listed without, or unknown. */
export function SiteStatus({ result, asOf, onAdd }: Props) {
  const text = useShellText();
  const [chosen, setChosen] = useState<CompactEntry | null>(null);
  const footer = <p class="muted as-of">{t('dir_as_of', asOf)}</p>;

  if (result.state === 'not-a-site')
    return (
      <div class="site-status" role="status">
        <p>
          <strong>{text('dir_not_a_site')}</strong> {t('dir_not_a_site_body')}
        </p>
      </div>
    );

  if (result.state === 'unknown')
    return (
      <div class="site-status" role="status">
        <p>
          <strong>{t('dir_unknown', result.host)}</strong> {t('dir_unknown_body')}
        </p>
        {onAdd && (
          <button type="button" class="primary" onClick={() => onAdd(result.host)}>
            {t('dir_add')}
          </button>
        )}
        {footer}
      </div>
    );

  const choose = result.entries.length > 1 || result.under !== undefined;
  const entry = choose ? chosen : result.entries[0];
  return (
    <div class="site-status" role="status">
      {choose && (
        <div>
          <p>
            {result.under
              ? t('dir_under', [result.host, result.under])
              : t('dir_several', result.host)}
          </p>
          <ul class="choices">
            {result.entries.map((e) => (
              <li key={e.d}>
                <button type="button" aria-pressed={chosen === e} onClick={() => setChosen(e)}>
                  {e.n}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry && <EntryDetails entry={entry} />}
      {entry && onAdd && (
        <button type="button" class="primary" onClick={() => onAdd(result.host, entry)}>
          {t('dir_add')}
        </button>
      )}
      {footer}
    </div>
  );
}
