import { t } from '@/lib/i18n';
import { useShellText } from './use-shell-text';

interface Props {
  readonly url: string;
  /** The last save found the address unusable: says so beside the field. */
  readonly invalid: boolean;
  readonly onInput: (url: string) => void;
  readonly onSubmit: (event: Event) => void;
}

/** Where quick exit leaves the person: one address field with its own hint or error. */
export function ExitUrlForm({ url, invalid, onInput, onSubmit }: Props) {
  const text = useShellText();
  return (
    /* Our own message, not the browser's bare "Please enter a URL." bubble. */
    <form class="stack" onSubmit={onSubmit} noValidate>
      <label for="exit-url">{text('exit_url_label')}</label>
      <input
        autocomplete="off"
        id="exit-url"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={url}
        aria-describedby={invalid ? 'exit-url-error' : 'exit-url-hint'}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {invalid ? (
        <p id="exit-url-error" class="error" role="alert">
          {t('exit_url_invalid')}
        </p>
      ) : (
        <p id="exit-url-hint" class="muted">
          {t('exit_url_hint')}
        </p>
      )}
      <div class="form-actions">
        <button type="submit">{t('exit_url_save')}</button>
      </div>
    </form>
  );
}
