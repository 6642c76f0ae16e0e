import { t } from '@/lib/i18n';
import { ACCOUNT_KINDS, type AccountKind } from '@/lib/plan/kinds';
import { kindHint, kindLabel } from '@/lib/ui/labels';

interface Props {
  readonly kind: AccountKind;
  readonly onKind: (chosen: AccountKind) => void;
}

/** The kind of account, and a line on what that kind means. */
export function AccountKindField({ kind, onKind }: Props) {
  return (
    <div class="field">
      <label for="account-kind">{t('form_kind')}</label>
      <select
        autocomplete="off"
        id="account-kind"
        value={kind}
        aria-describedby="account-kind-hint"
        onChange={(e) => onKind(e.currentTarget.value as AccountKind)}
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
  );
}
