import { browser } from 'wxt/browser';
import { languages, shipped } from 'virtual:lockstep/languages';
import { storedChoice } from './i18n-choice';
import { browserGiven, pickLanguage } from './i18n-languages';
import type { Catalogue, CatalogueEntry } from './i18n-messages';

/** A chunk's text in one language: its keys and their words, placeholders filled in. */
export type TextFile = { readonly default: Readonly<Record<string, string>> };

declare global {
  var __lockstepText: ((names: readonly string[]) => Promise<unknown>) | undefined;
  var __lockstepLater: string[] | undefined;
}

/**
 * Each chunk's text files are named for its keys (lib/build/i18n-page-text.ts writes them, and
 * a first line in each chunk that hands the name here before the chunk's code runs).
 */
let loadFile = (name: string, lang: string): Promise<TextFile> =>
  import(/* @vite-ignore */ `/chunks/text-${name}.${lang}.js`) as Promise<TextFile>;

/** Unit tests stand in for the build's files. */
export function loadTextWith(loader: (name: string, lang: string) => Promise<TextFile>): void {
  loadFile = loader;
}

/** Every text file's name seen so far, with its load in the current language. */
const seen = new Map<string, Promise<void>>();
/** The language chunks load in now: '' while the browser's catalogue speaks it. */
let language = startLanguage();
/** The text shown, in `shownIn`; while a change of language loads, new text fills `filling`. */
let shown: Record<string, CatalogueEntry> = {};
let shownIn = language;
let filling = shown;
let pending: Promise<unknown> = Promise.resolve();

/**
 * The language of the first render, read at once: the person's choice (or the browser's
 * language as a first guess), or '' when `browser.i18n` gives that language anyway.
 */
function startLanguage(): string {
  const ui = browser.i18n.getUILanguage();
  const wanted = pickLanguage(storedChoice(), ui, languages);
  return wanted === browserGiven(ui, shipped) ? '' : wanted;
}

/** Loads one chunk's text in `lang` into `into`; a file that fails to load leaves the fallback. */
const load = (name: string, lang: string, into: Record<string, CatalogueEntry>) =>
  loadFile(name, lang)
    .then((file) => {
      for (const [key, message] of Object.entries(file.default)) into[key] = { message };
    })
    .catch(() => undefined);

/** A chunk's text: loaded now when the page speaks its own catalogue, else only noted. */
export function needText(name: string): Promise<void> {
  const loading = seen.get(name) ?? (language ? load(name, language, filling) : Promise.resolve());
  if (!seen.has(name)) pending = Promise.all([pending, loading]);
  seen.set(name, loading);
  return loading;
}

globalThis.__lockstepText = (names) => Promise.all(names.map(needText));
for (const name of globalThis.__lockstepLater?.splice(0) ?? []) void needText(name);

/** Resolves once every chunk's text asked for so far is in (before the first render). */
export const textReady = (): Promise<unknown> => pending;

/** The page's own text, or null when the browser's catalogue speaks the language. */
export const ownText = (): Catalogue | null => (shownIn ? shown : null);

/**
 * Speaks `lang` from Lockstep's own text files ('' : from the browser's catalogue): every
 * chunk's text seen so far loads again in it, then replaces the old at once.
 */
export async function textIn(lang: string): Promise<void> {
  if (lang === language) return void (await pending);
  language = lang;
  const next: Record<string, CatalogueEntry> = {};
  filling = next;
  for (const name of seen.keys()) seen.set(name, load(name, lang, next));
  pending = Promise.all(seen.values());
  await pending;
  if (filling !== next) return; // another change came after this one
  [shown, shownIn] = [next, lang];
}
