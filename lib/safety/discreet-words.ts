import type { MessageKey } from '../i18n';

/**
 * In discreet mode the shell (header, nav, Quick exit, lock screen) and the everyday pages (plan,
 * add, passwords, Safety & data, check-ups, the popup, the session banner) say nothing of what
 * Lockstep is for: each key here has a neutral twin. Pages the person opens on purpose keep their
 * words.
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
  // The everyday pages' bodies (plan, add, passwords, settings, check-ups) and the popup.
  plan_order_explainer: 'plan_order_explainer_discreet',
  exit_explain_title: 'exit_explain_title_discreet',
  exit_explain_what: 'exit_explain_what_discreet',
  exit_explain_limits: 'exit_explain_limits_discreet',
  exit_explain_limits_plan: 'exit_explain_limits_plan_discreet',
  exit_explain_trace: 'exit_explain_trace_discreet',
  exit_explain_history_off: 'exit_explain_history_off_discreet',
  exit_explain_history_off_plan: 'exit_explain_history_off_plan_discreet',
  exit_explain_history_on: 'exit_explain_history_on_discreet',
  exit_explain_tile: 'exit_explain_tile_discreet',
  exit_explain_kept: 'exit_explain_kept_discreet',
  exit_explain_settings: 'exit_explain_settings_discreet',
  exit_explain_history_none: 'exit_explain_history_none_discreet',
  plan_session_start: 'plan_session_start_discreet',
  session_start_title: 'session_start_title_discreet',
  plan_session_running: 'plan_session_running_discreet',
  session_banner: 'session_banner_discreet',
  form_site_hint: 'form_site_hint_discreet',
  pw_lead: 'pw_lead_discreet',
  data_title: 'data_title_discreet',
  data_lead: 'data_lead_discreet',
  exit_settings_title: 'exit_settings_title_discreet',
  exit_url_label: 'exit_url_label_discreet',
  exit_history_label: 'exit_history_label_discreet',
  exit_history_hint: 'exit_history_hint_discreet',
  exit_history_refused: 'exit_history_refused_discreet',
  popup_next_hint: 'popup_next_hint_discreet',
  discreet_hint: 'discreet_hint_discreet',
  xfer_export_body: 'xfer_export_body_discreet',
  lock_new_passphrase_hint: 'lock_new_passphrase_hint_discreet',
  xfer_export_pass_hint: 'xfer_export_pass_hint_discreet',
  xfer_import_body: 'xfer_import_body_discreet',
  xfer_import_file: 'xfer_import_file_discreet',
  data_disk_body: 'data_disk_body_discreet',
  dir_not_a_site: 'dir_not_a_site_discreet',
  session_idle_warning: 'session_idle_warning_discreet',
  wipe_body: 'wipe_body_discreet',
  wipe_confirm_body: 'wipe_confirm_body_discreet',
  wipe_failed: 'wipe_failed_discreet',
  wipe_disk_note: 'wipe_disk_note_discreet',
  wipe_take_evidence: 'wipe_take_evidence_discreet',
  wipe_take_evidence_link: 'wipe_take_evidence_link_discreet',
  // The popup's page copy (issue 34).
  capture_session: 'capture_session_discreet',
  capture_locked_note: 'capture_locked_note_discreet',
  evidence_minors: 'evidence_minors_discreet',
  evidence_links_findings: 'evidence_links_findings_discreet',
};

/** Every key that has a neutral twin (for tests). */
export function keysWithTwins(): MessageKey[] {
  return Object.keys(NEUTRAL) as MessageKey[];
}

/** The catalogue key to show: its neutral twin in discreet mode, where it has one. */
export function shellKey(key: MessageKey, discreet: boolean): MessageKey {
  return (discreet && NEUTRAL[key]) || key;
}
