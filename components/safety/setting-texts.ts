import { t, tDynamic, type MessageKey } from '@/lib/i18n';
import { ownName } from '@/lib/i18n-languages';
import type { Settings } from '@/lib/plan/types';
import type { SealedSettingKey } from '@/lib/storage/sealed-settings';
import { tCount } from '@/lib/ui/plural';

/** Each compared setting's name, as its own control says it (some have discreet twins). */
export const SETTING_LABELS: { readonly [K in SealedSettingKey]: MessageKey } = {
  quickExitUrl: 'exit_url_label',
  autoLockMinutes: 'lock_idle_label',
  clearHistory: 'exit_history_label',
  discreet: 'discreet_label',
  onlySealedImports: 'xfer_only_sealed',
  popupNextStep: 'popup_next_label',
  language: 'language_label',
  checkUpRhythm: 'settings_changed_rhythm',
  checkUpDot: 'checkup_dot_label',
  checkUpNotify: 'checkup_notify_label',
  checkUpNotifyText: 'settings_changed_notify_text',
};

const onOff = (on: boolean) => t(on ? 'setting_value_on' : 'setting_value_off');

const VALUE_TEXTS: { readonly [K in SealedSettingKey]: (value: Settings[K]) => string } = {
  quickExitUrl: (url) => url || t('setting_value_new_tab'),
  autoLockMinutes: (m) => (m === 0 ? t('lock_idle_never') : tCount('lock_idle_minutes', m)),
  clearHistory: onOff,
  discreet: onOff,
  onlySealedImports: onOff,
  popupNextStep: (v) => (v === 'auto' ? t('setting_value_auto') : onOff(v === 'show')),
  language: (tag) => (tag ? ownName(tag) : t('setting_value_browser_language')),
  checkUpRhythm: (r) => tDynamic(`checkup_rhythm_${r.replace('-', '_')}`),
  checkUpDot: onOff,
  checkUpNotify: onOff,
  checkUpNotifyText: (text) => text || t('checkup_notify_default'),
};

/** A compared setting's value in plain words ("On", "The new-tab page", "15 minutes…"). */
export function settingValueText<K extends SealedSettingKey>(key: K, value: Settings[K]): string {
  return (VALUE_TEXTS[key] as (value: Settings[K]) => string)(value);
}
