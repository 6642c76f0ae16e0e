import { useState } from 'preact/hooks';
import { historyKeepsLockstepPages } from '@/lib/browser/differences';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import { lastingHolds } from '@/lib/permissions/holds';
import { t } from '@/lib/i18n';
import { normalizeExitUrl } from '@/lib/safety/exit-url';
import { ExitUrlForm } from './exit-url-form';
import { PopupSetting } from './popup-setting';
import { QuickExitExplainerText } from './quick-exit-explainer';
import { usePlanStore } from '../common/store-context';
import { useShellText } from './use-shell-text';

/**
 * Where quick exit leaves the person, history clean-up (optional permission; only where the
 * browser keeps Lockstep's pages in history), discreet title.
 */
export function QuickExitSettings() {
  const text = useShellText();
  const store = usePlanStore();
  const settings = store.settings.value;
  const [url, setUrl] = useState(settings.quickExitUrl);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const urlError = message?.text === t('exit_url_invalid');

  const saveUrl = (event: Event) => {
    event.preventDefault();
    const value = normalizeExitUrl(url);
    if (value === null) {
      setMessage({ text: t('exit_url_invalid'), error: true });
      document.getElementById('exit-url')?.focus();
      return;
    }
    setUrl(value);
    void store.updateSetting('quickExitUrl', value);
    setMessage({ text: value ? t('exit_url_saved') : t('exit_url_cleared'), error: false });
  };

  const toggleHistory = async (on: boolean) => {
    // Asked for first, while the click still counts as the person's own gesture.
    if (on && !(await turnOn('history-cleanup'))) {
      setMessage({ text: text('exit_history_refused'), error: true });
      return;
    }
    await store.updateSetting('clearHistory', on);
    // Given back only if no other feature (the history review) still holds it.
    if (!on) await turnOff('history-cleanup', lastingHolds(store.settings.peek()));
  };

  return (
    <div class="stack">
      <QuickExitExplainerText clearHistory={settings.clearHistory} />
      <ExitUrlForm
        url={url}
        invalid={urlError}
        onInput={(value) => {
          setUrl(value);
          if (urlError) setMessage(null);
        }}
        onSubmit={saveUrl}
      />
      {historyKeepsLockstepPages() && (
        <>
          <label class="check">
            <input
              autocomplete="off"
              type="checkbox"
              checked={settings.clearHistory}
              onChange={(e) => void toggleHistory(e.currentTarget.checked)}
            />{' '}
            {text('exit_history_label')}
          </label>
          <p class="muted">{text('exit_history_hint')}</p>
        </>
      )}
      <label class="check">
        <input
          autocomplete="off"
          type="checkbox"
          checked={settings.discreet}
          onChange={(e) => void store.updateSetting('discreet', e.currentTarget.checked)}
        />{' '}
        {t('discreet_label')}
      </label>
      <p class="muted">{text('discreet_hint')}</p>
      <PopupSetting />
      {message && !urlError && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </div>
  );
}
