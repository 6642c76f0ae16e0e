/**
 * Which language Lockstep speaks (issue 29): pure rules, tested in node. A language is named by
 * its BCP 47 tag ("en", "es", "es-419"); a catalogue folder by the browser's form ("es_419").
 */

/** A catalogue folder's name as a language tag: `es_419` → `es-419`. */
export const tagOf = (folder: string): string => folder.replace(/_/g, '-');

/** The language part of a tag: `es-419` → `es`. */
const baseOf = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/**
 * The best of `available` for the tag `wanted`: the same tag, else the same language, else
 * undefined. This is how browsers pick a `_locales` folder for the browser's language.
 */
export function bestMatch(wanted: string, available: readonly string[]): string | undefined {
  const want = tagOf(wanted).toLowerCase();
  return (
    available.find((tag) => tag.toLowerCase() === want) ??
    available.find((tag) => tag.toLowerCase() === baseOf(want))
  );
}

/** The language `browser.i18n` gives for the browser's own language (English when none fits). */
export const browserGiven = (uiLanguage: string, shipped: readonly string[]): string =>
  bestMatch(uiLanguage, shipped) ?? 'en';

/**
 * The language the pages speak: the person's choice when Lockstep has it, else the browser's
 * language as a first guess, else English.
 */
export function pickLanguage(
  chosen: string,
  uiLanguage: string,
  available: readonly string[],
): string {
  return (
    (chosen ? bestMatch(chosen, available) : undefined) ?? bestMatch(uiLanguage, available) ?? 'en'
  );
}

/**
 * The tag for dates, numbers and plurals: the browser's own (`en-GB`, with its region) when it
 * is the language in use, else the language in use.
 */
export function formatLocale(current: string | undefined, uiLanguage: string): string {
  if (!current || baseOf(current) === baseOf(uiLanguage)) return uiLanguage;
  return current;
}

/** A language's name in its own words ("English", "Español"), for the language control. */
export function ownName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** The words spelled out letter by letter, for a person who reads another language: "a-b-c". */
export const spellOut = (word: string): string => [...word].join('-');
