import { t } from '@/lib/i18n';
import { tCount } from '@/lib/ui/plural';
import { usePlanStore } from '../common/store-context';

const IDLE_CHOICES = [0, 5, 15, 30, 60] as const;

/** How soon the plan locks by itself when no one uses it. */
export function AutoLockChoice() {
  const store = usePlanStore();
  return (
    <>
      <label for="auto-lock">{t('lock_idle_label')}</label>
      <select
        autocomplete="off"
        id="auto-lock"
        value={String(store.settings.value.autoLockMinutes)}
        onChange={(e) => void store.updateSetting('autoLockMinutes', Number(e.currentTarget.value))}
      >
        {IDLE_CHOICES.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {minutes === 0 ? t('lock_idle_never') : tCount('lock_idle_minutes', minutes)}
          </option>
        ))}
      </select>
      <p class="muted">{t('lock_idle_hint')}</p>
    </>
  );
}
