import { useEffect, useState } from 'preact/hooks';
import { singleEntry } from '@/lib/directory/directory';
import { suggestKind } from '@/lib/directory/kind';
import type { CompactEntry } from '@/lib/directory/types';
import { t } from '@/lib/i18n';
import { ACCOUNT_KINDS, type AccountKind } from '@/lib/plan/kinds';
import type { AccountInput } from '@/lib/state/plan-store';
import { kindHint, kindLabel } from '@/lib/ui/labels';
import { useDirectory } from '../directory/directory-context';
import { DirectorySearch } from '../directory/directory-search';
import { useShellText } from '../safety/use-shell-text';

interface Props {
  readonly initial?: AccountInput;
  /** Offer the directory search that fills the fields (when adding). */
  readonly withSearch?: boolean;
  /** The plan holds a main email already (a picked email then suggests "Other email"). */
  readonly hasMainEmail?: boolean;
  readonly heading: string;
  readonly submitLabel: string;
  readonly onSubmit: (input: AccountInput) => void;
  readonly onCancel: () => void;
}

const EMPTY: AccountInput = { name: '', site: '', kind: 'primary-email' };
export const NAME_MAX = 120;
export const SITE_MAX = 253;

/** Add or edit an account: its name, optional site address and kind. */
export function AccountForm({
  initial = EMPTY,
  withSearch = false,
  hasMainEmail = false,
  heading,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const text = useShellText();
  const [name, setName] = useState(initial.name);
  const [site, setSite] = useState(initial.site);
  const [kind, setKind] = useState<AccountKind>(initial.kind);
  // Once the person picks a kind themselves, a directory pick never changes it.
  const [kindChosen, setKindChosen] = useState(false);
  const suggest = (entry: CompactEntry) => {
    if (!kindChosen) setKind(suggestKind(entry, { hasMainEmail }));
  };
  const [error, setError] = useState('');
  const directory = useDirectory();

  // Arriving with a site (from the popup's "Add to my plan"): fill in what the directory knows.
  useEffect(() => {
    if (!withSearch || !directory || !initial.site || initial.name) return;
    const found = directory.lookup(initial.site);
    const entry = singleEntry(found);
    if (!entry) return;
    setName(entry.n);
    setKind(suggestKind(entry, { hasMainEmail }));
  }, [directory, withSearch, initial.site, initial.name, hasMainEmail]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('form_name_required'));
      (document.getElementById('account-name') as HTMLInputElement | null)?.focus();
      return;
    }
    onSubmit({ name, site, kind });
  };

  return (
    <form class="card account-form" onSubmit={submit} noValidate aria-labelledby="form-heading">
      <h1 id="form-heading">{heading}</h1>
      {withSearch && (
        <DirectorySearch
          onPick={(entry) => {
            setName(entry.n);
            setSite(entry.d);
            suggest(entry);
            setError('');
          }}
        />
      )}
      <div class="field">
        <label for="account-name">{t('form_name')}</label>
        <input
          id="account-name"
          value={name}
          maxLength={NAME_MAX}
          autoComplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'account-name-error' : 'account-name-hint'}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setError('');
          }}
        />
        {error ? (
          <p id="account-name-error" class="error" role="alert">
            {error}
          </p>
        ) : (
          <p id="account-name-hint" class="hint">
            {t('form_name_hint')}
          </p>
        )}
      </div>
      <div class="field">
        <label for="account-site">{t('form_site')}</label>
        <input
          id="account-site"
          value={site}
          maxLength={SITE_MAX}
          autoComplete="off"
          inputMode="url"
          aria-describedby="account-site-hint"
          onInput={(e) => setSite(e.currentTarget.value)}
        />
        <p id="account-site-hint" class="hint">
          {text('form_site_hint')}
        </p>
      </div>
      <div class="field">
        <label for="account-kind">{t('form_kind')}</label>
        <select
          autocomplete="off"
          id="account-kind"
          value={kind}
          aria-describedby="account-kind-hint"
          onChange={(e) => {
            setKind(e.currentTarget.value as AccountKind);
            setKindChosen(true);
          }}
        >
          {ACCOUNT_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
        <p id="account-kind-hint" class="hint">
          {kindHint(kind)}
        </p>
      </div>
      <div class="form-actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form_cancel')}
        </button>
      </div>
    </form>
  );
}
