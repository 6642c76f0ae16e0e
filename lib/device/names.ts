/**
 * How app names are compared, shared by the build (which compiles the lists) and the lookup.
 * Pure: no browser, no DOM.
 */

const ASCII = /^[\x20-\x7e]*$/u;
const NOT_ALNUM = /[^a-z0-9]/gu;

/**
 * A name as a comparison key: lower case, accents dropped, everything but letters and digits
 * removed ("Mobile Tracker Free", "MobileTrackerFree" and "mobile-tracker free" are one key).
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII: the quick way gives the same key.
  if (ASCII.test(name)) return name.toLowerCase().replace(NOT_ALNUM, '');
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Store titles are often "Name - what it does"; phones show the part before the dash. */
const TITLE_SEPARATOR = /\s+[-–—|]\s+|:\s+/u;

/**
 * The name a phone shows for a store title: the part before " - ", " | " or ": " when that part
 * is a name of at least three letters or digits ("Find my Kids: Child locator" → "Find my Kids").
 */
export function shortTitle(title: string): string {
  const trimmed = title.trim();
  const [head = ''] = trimmed.split(TITLE_SEPARATOR);
  return nameKey(head).length >= 3 ? head.trim() : trimmed;
}

/**
 * The brand names in a stalkerware title of the ISDI list, which joins a family's names with
 * commas ("Cocospy,FoneMonitor,Minspy"), slashes ("MonitorChecker / AndrMonitor") or
 * "mSpy (Other names: FakeSys, KidSecured)". Other titles are one name.
 */
export function brandNames(title: string): string[] {
  const other = /^(.*?)\s*\(Other names:\s*(.*)\)\s*$/u.exec(title);
  const parts = other ? [other[1] ?? '', ...(other[2] ?? '').split(',')] : title.split(/,|\s\/\s/u);
  const names = parts.map((part) => part.trim()).filter((part) => nameKey(part).length > 0);
  return [...new Set(names)];
}

/** An Android package name or iOS bundle id as typed: `com.example.app` (no spaces, a dot). */
export const PACKAGE_ID = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+$/u;

/** A web address as a bare host: no scheme, path or leading `www.`, lower case. */
export function bareHost(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//u, '')
    .replace(/[/?#].*$/u, '')
    .replace(/^www\./u, '');
}
