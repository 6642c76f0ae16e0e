import { storedChoice } from './i18n-choice';
import type { Catalogue, CatalogueEntry } from './i18n-messages';

/** A capability's message chunks, one loader per language (lib/build/i18n-chunks-plugin.ts). */
export type ChunkLoaders = Readonly<Record<string, () => Promise<{ default: Catalogue }>>>;

/** The messages loaded so far, from every chunk, in the page's language. */
const active: Record<string, CatalogueEntry> = {};
const loading = new Map<string, Promise<void>>();
const chunkLoaders = new Map<string, ChunkLoaders>();
let language = initialLanguage();

/**
 * Chunks load in the person's chosen language from the first module on (they load before any
 * code runs, so before the page could ask); the browser's language when they never chose.
 */
function initialLanguage(): string {
  const chosen = storedChoice();
  if (chosen) return chosen;
  return typeof navigator === 'undefined' ? 'en' : (navigator.language.split('-')[0] ?? 'en');
}

/** The messages loaded so far (lib/i18n.ts resolves from these). */
export const loadedMessages = (): Catalogue => active;

/** True once any chunk is in: the build step is at work (unit tests run without it). */
export const anyLoaded = (): boolean => loading.size > 0 || Object.keys(active).length > 0;

/** The language chunks load in (English, or a later language with a catalogue of its own). */
export const messageLanguage = (): string => language;

/** Chooses the language of chunks loaded from now on (before the first render). */
export function setMessageLanguage(lang: string): void {
  language = lang;
}

/** Adds a chunk's messages (the background bundles its English ones). */
export function addMessages(catalogue: Catalogue): void {
  Object.assign(active, catalogue);
}

/**
 * Loads a capability's chunk once, in the chosen language (English where that language has no
 * chunk). Every module that names a key waits for this before its own code runs.
 */
export function loadMessages(name: string, loaders: ChunkLoaders): Promise<void> {
  let pending = loading.get(name);
  chunkLoaders.set(name, loaders);
  if (!pending) {
    const load = loaders[language] ?? loaders.en;
    pending = load ? load().then((chunk) => addMessages(chunk.default)) : Promise.resolve();
    loading.set(name, pending);
  }
  return pending;
}

/**
 * Changes the language and loads every chunk loaded so far again in it (a change of language
 * while a page is open). Nothing to do without chunks.
 */
export async function reloadMessages(lang: string): Promise<void> {
  if (lang === language) return;
  language = lang;
  const names = [...chunkLoaders];
  await Promise.all(
    names.map(([name, loaders]) => (loading.delete(name), loadMessages(name, loaders))),
  );
}
