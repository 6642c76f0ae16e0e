import { t } from '@/lib/i18n';

export const NAME_MAX = 120;

interface Props {
  readonly name: string;
  /** Why the name cannot be kept, or '' (then the hint shows). */
  readonly error: string;
  readonly onName: (typed: string) => void;
}

/** The account's name, with its hint or what is wrong with it. */
export function AccountNameField({ name, error, onName }: Props) {
  return (
    <div class="field">
      <label for="account-name">{t('form_name')}</label>
      <input
        id="account-name"
        value={name}
        maxLength={NAME_MAX}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'account-name-error' : 'account-name-hint'}
        onInput={(e) => onName(e.currentTarget.value)}
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
  );
}
