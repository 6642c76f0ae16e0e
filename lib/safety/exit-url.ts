/**
 * The page quick exit leaves open, from what the person typed: "weather.com" means
 * "https://weather.com" (issue 26: the browser's bare "Please enter a URL." refused it).
 * Empty clears it. `null`: not a web address (the form says so in its own words).
 */
export function normalizeExitUrl(typed: string): string | null {
  const value = typed.trim();
  if (!value) return '';
  if (/\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // A name with a dot and a letter in its last part ("weather.com"), never a bare word.
  if (!/\.[a-z][a-z0-9-]*$/i.test(url.hostname.replace(/\.$/, ''))) return null;
  return withScheme;
}

/**
 * Where quick exit leaves the person. While the plan is locked, the stored address is one that
 * anyone holding the profile could have written, so quick exit goes to the new-tab page ('');
 * otherwise the stored address, checked again as the form checks it (nothing else is opened).
 */
export function exitTarget(stored: string, lock: 'none' | 'locked' | 'unlocked'): string {
  if (lock === 'locked') return '';
  return normalizeExitUrl(stored) ?? '';
}
