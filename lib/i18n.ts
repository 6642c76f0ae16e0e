import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import { resolveMessage, type Catalogue } from './i18n-messages';

/** Every key of the English source locale. A typo in a key is a type error. */
export type MessageKey = keyof typeof messages;

/** Set only when the browser's own catalogue came back empty (see `ensureMessages`). */
let fallback: Catalogue | null = null;

// WXT types getMessage from the keys it saw at the last `wxt prepare`; ours come from the file.
const getMessage = (key: string, substitutions?: string | string[]): string =>
  fallback
    ? resolveMessage(fallback, key, substitutions)
    : (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(
        key,
        substitutions,
      );

/**
 * Chromium sometimes hands a page opened right after the extension loads an empty catalogue
 * (`getMessage` returns "" for every key). Call before the first render: in that case the
 * English catalogue is loaded from its own chunk (never part of a page's first download).
 */
export async function ensureMessages(): Promise<void> {
  if (fallback || getMessage('extName')) return;
  const english = await import('../public/_locales/en/messages.json');
  fallback = english.default as Catalogue;
}

/**
 * The one place user-facing text comes from (English is the source locale, in
 * `public/_locales/en/messages.json`). A missing key shows the key, so a gap is visible.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/** For keys built at run time (a step's id plus a suffix); same fallback as `t`. */
export function tDynamic(key: string, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}

/** The person's language for dates and numbers. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Lockstep's name as the page shows it: a neutral one in discreet mode. */
export function appName(discreet: boolean): string {
  return t(discreet ? 'discreet_title' : 'extName');
}
