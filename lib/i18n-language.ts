import { languages, shipped } from 'virtual:lockstep/languages';
import { textIn } from './i18n-catalogue';
import { browserGiven, pickLanguage } from './i18n-languages';
import type { Catalogue } from './i18n-messages';

/**
 * The language the pages speak now (issue 29). With no choice, or a choice the browser gives
 * anyway, text comes from `browser.i18n` and nothing loads; otherwise each loaded chunk's text
 * in that language (lib/i18n-catalogue.ts), before the first render and again on every change.
 */
let current: string | undefined;
let own: Catalogue | null = null;
const listeners = new Set<(language: string) => void>();

/** Every language Lockstep can speak, English first. */
export const availableLanguages = (): string[] =>
  [...languages].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

/** The language in use, or undefined before `chooseLanguage` (unit tests, the background). */
export const currentLanguage = (): string | undefined => current;

/** The background's own few messages, when the browser would give another language. */
export const ownCatalogue = (): Catalogue | null => own;

/** Takes a catalogue in (the background bundles its few keys; tests inject one). */
export function speak(language: string, catalogue: Catalogue | null): void {
  current = language;
  own = catalogue;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

/**
 * Speaks `chosen` (or, with no choice, the browser's language as a first guess), loading the
 * text of every chunk loaded so far when `browser.i18n` would give another language. English
 * chosen on a Spanish browser therefore loads English text files.
 */
export async function chooseLanguage(chosen: string, uiLanguage: string): Promise<string> {
  const language = pickLanguage(chosen, uiLanguage, availableLanguages());
  await textIn(language === browserGiven(uiLanguage, shipped) ? '' : language);
  speak(language, null);
  return language;
}

/** Runs `then` after every change of language; gives back a function that stops it. */
export function onLanguageChange(then: (language: string) => void): () => void {
  listeners.add(then);
  return () => listeners.delete(then);
}
