import type { MessageKey } from '../i18n';

/**
 * In discreet mode the shell (header, nav, Quick exit, lock screen) says nothing of what Lockstep
 * is for: each key here has a neutral twin. Pages the person opens on purpose keep their words.
 */
const NEUTRAL: Partial<Record<MessageKey, MessageKey>> = {
  nav_label: 'nav_label_discreet',
  nav_data: 'nav_data_discreet',
  nav_help: 'nav_help_discreet',
  quick_exit: 'quick_exit_discreet',
  popup_open: 'popup_open_discreet',
  lock_popup_body: 'lock_popup_body_discreet',
  lock_popup_open_elsewhere: 'lock_popup_open_elsewhere_discreet',
  quick_exit_hint: 'quick_exit_hint_discreet',
  lock_forgot_body: 'lock_forgot_body_discreet',
};

/** The catalogue key to show: its neutral twin in discreet mode, where it has one. */
export function shellKey(key: MessageKey, discreet: boolean): MessageKey {
  return (discreet && NEUTRAL[key]) || key;
}
