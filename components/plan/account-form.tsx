import { t } from '@/lib/i18n';
import type { AccountInput } from '@/lib/state/plan-store';
import { DirectorySearch } from '../directory/directory-search';
import { AccountKindField } from './account-kind-field';
import { AccountNameField } from './account-name-field';
import { useAccountDraft } from './use-account-draft';
import { useShellText } from '../safety/use-shell-text';

export { NAME_MAX } from './account-name-field';

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
  const draft = useAccountDraft({ initial, withSearch, hasMainEmail });
  const { name, site, kind } = draft;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      draft.setError(t('form_name_required'));
      (document.getElementById('account-name') as HTMLInputElement | null)?.focus();
      return;
    }
    onSubmit({ name, site, kind });
  };

  return (
    <form class="card account-form" onSubmit={submit} noValidate aria-labelledby="form-heading">
      <h1 id="form-heading">{heading}</h1>
      {withSearch && <DirectorySearch onPick={draft.pick} />}
      <AccountNameField name={name} error={draft.error} onName={draft.typeName} />
      <div class="field">
        <label for="account-site">{t('form_site')}</label>
        <input
          id="account-site"
          value={site}
          maxLength={SITE_MAX}
          autoComplete="off"
          inputMode="url"
          aria-describedby="account-site-hint"
          onInput={(e) => draft.setSite(e.currentTarget.value)}
        />
        <p id="account-site-hint" class="hint">
          {text('form_site_hint')}
        </p>
      </div>
      <AccountKindField kind={kind} onKind={draft.chooseKind} />
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
