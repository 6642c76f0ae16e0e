import { t } from '@/lib/i18n';
import { popupShowsPlan } from '@/lib/safety/popup-privacy';
import { usePlanStore } from '../common/store-context';
import { useShellText } from './use-shell-text';

/** "Show my next step in the toolbar popup": off by default with the lock off or in discreet mode. */
export function PopupSetting() {
  const text = useShellText();
  const store = usePlanStore();
  const shown = popupShowsPlan(store.settings.value, store.lockState.value);
  return (
    <>
      <label class="check">
        <input
          autocomplete="off"
          type="checkbox"
          checked={shown}
          onChange={(e) =>
            void store.updateSetting('popupNextStep', e.currentTarget.checked ? 'show' : 'hide')
          }
        />{' '}
        {t('popup_next_label')}
      </label>
      <p class="muted">{text('popup_next_hint')}</p>
    </>
  );
}
