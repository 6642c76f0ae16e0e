import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';
import { ownText, textReady } from './i18n-catalogue';
import { storedChoice } from './i18n-choice';
import { currentLanguage, ownCatalogue, chooseLanguage } from './i18n-language';
import { formatLocale } from './i18n-languages';
import { resolveMessage, type Catalogue } from './i18n-messages';

/** Every key of the English source locale. A typo in a key is a type error. */
export type MessageKey = keyof typeof messages;

// WXT types getMessage from the keys it saw at the last `wxt prepare`; ours come from the file.
const browserMessage = (key: string, substitutions?: string | string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string)(
    key,
    substitutions,
  );

/** Set only when the browser's own catalogue came back empty (see `ensureMessages`). */
let fallback: Catalogue | null = null;

/** Each key the page's own text lacked, said once in the console (the e2e tests read it). */
const unloaded = new Set<string>();

/**
 * Text comes from Lockstep's own text files (lib/i18n-catalogue.ts) when the person's language
 * is not the one the browser gives; each chunk's text is in before its code runs. A key they
 * lack shows the browser's words (never the key) and is said in the console. Otherwise, and in
 * unit tests, text comes from the browser's catalogue (the background's from its own few).
 */
const getMessage = (key: string, substitutions?: string | string[]): string => {
  const own = ownText() ?? ownCatalogue();
  const text = own ? resolveMessage(own, key, substitutions) : '';
  if (text) return text;
  if (own && ownText() && !unloaded.has(key)) {
    unloaded.add(key);
    console.error(`Lockstep: no text loaded for ${key}`);
  }
  return fallback
    ? resolveMessage(fallback, key, substitutions)
    : browserMessage(key, substitutions);
};

/**
 * Before the first render: speak the person's chosen language (read at once from its mirror),
 * or the browser's as a first guess; its text loads when the browser would give another.
 * Then, if the browser's catalogue is the one in use:
 * Chromium sometimes hands a page opened right after the extension loads an empty catalogue
 * (`getMessage` returns "" for every key). Call before the first render: in that case the
 * English catalogue is loaded from its own chunk (never part of a page's first download).
 */
export async function ensureMessages(): Promise<void> {
  await chooseLanguage(storedChoice(), browserLanguage());
  await textReady();
  if (ownText() || ownCatalogue() || fallback || getMessage('extName')) return;
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

/** The browser's own language (`en-US`): only the first guess of the person's. */
export const browserLanguage = (): string => browser.i18n.getUILanguage();

/** The person's language for dates, numbers and plurals (the browser's region kept). */
export function uiLanguage(): string {
  return formatLocale(currentLanguage(), browserLanguage());
}

/** Lockstep's name as the page shows it: a neutral one in discreet mode. */
export function appName(discreet: boolean): string {
  return t(discreet ? 'discreet_title' : 'extName');
}
