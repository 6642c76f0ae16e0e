import { useState } from 'preact/hooks';
import { turnOff, turnOn } from '@/lib/browser/permissions';
import { t } from '@/lib/i18n';
import { lastingHolds } from '@/lib/permissions/holds';
import { NOTIFY_TEXT_MAX } from '@/lib/storage/validate';
import { usePlanStore } from '../common/store-context';

/**
 * A system notification when a check-up comes due: off unless the person turns it on (the
 * optional `notifications` permission is asked for then, and given back when turned off), with
 * neutral text they choose. Says plainly what the browser shows anyway.
 */
export function NotifySettings() {
  const store = usePlanStore();
  const settings = store.settings.value;
  const [refused, setRefused] = useState(false);
  const [text, setText] = useState(settings.checkUpNotifyText);

  async function toggle(on: boolean) {
    // Asked for first, while the click still counts as the person's own gesture.
    const granted = on && (await turnOn('checkup-notifications'));
    setRefused(on && !granted);
    await store.updateSetting('checkUpNotify', granted);
    if (!granted) await turnOff('checkup-notifications', lastingHolds(store.settings.peek()));
  }

  return (
    <fieldset class="stack">
      <legend>{t('checkup_notify_legend')}</legend>
      <label class="check">
        <input
          type="checkbox"
          autocomplete="off"
          checked={settings.checkUpNotify}
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
        />{' '}
        {t('checkup_notify_label')}
      </label>
      <p class="hint">{t('checkup_notify_honest')}</p>
      {refused && (
        <p role="alert" class="error">
          {t('checkup_notify_refused')}
        </p>
      )}
      {settings.checkUpNotify && (
        <>
          <label for="checkup-notify-text">{t('checkup_notify_text_label')}</label>
          <input
            id="checkup-notify-text"
            type="text"
            autocomplete="off"
            maxLength={NOTIFY_TEXT_MAX}
            placeholder={t('checkup_notify_default')}
            aria-describedby="checkup-notify-text-hint"
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
            onChange={(e) =>
              void store.updateSetting(
                'checkUpNotifyText',
                (e.target as HTMLInputElement).value.trim().slice(0, NOTIFY_TEXT_MAX),
              )
            }
          />
          <p id="checkup-notify-text-hint" class="hint">
            {t('checkup_notify_text_hint')}
          </p>
        </>
      )}
    </fieldset>
  );
}
