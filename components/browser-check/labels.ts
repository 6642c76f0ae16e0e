import type { ExtensionFlag, SensitiveKind } from '@/lib/browser-check/extension-risks';
import type { MessageKey } from '@/lib/i18n';

/** What each flag means, in plain words. */
export const FLAG_TEXT: Readonly<Record<Exclude<ExtensionFlag, 'sensitive'>, MessageKey>> = {
  'all-sites': 'browser_flag_all_sites',
  'by-policy': 'browser_flag_by_policy',
  'outside-store': 'browser_flag_outside_store',
  developer: 'browser_flag_developer',
  disabled: 'browser_flag_disabled',
};

/** What each kind of sensitive access lets an extension see or do. */
export const ACCESS_TEXT: Readonly<Record<SensitiveKind, MessageKey>> = {
  history: 'browser_access_history',
  tabs: 'browser_access_tabs',
  cookies: 'browser_access_cookies',
  requests: 'browser_access_requests',
  debugger: 'browser_access_debugger',
  proxy: 'browser_access_proxy',
  clipboard: 'browser_access_clipboard',
  'native-messaging': 'browser_access_native',
  capture: 'browser_access_capture',
  management: 'browser_access_management',
};
