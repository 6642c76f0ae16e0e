/**
 * Remembers, for this page only, which passwords were already checked: as HMAC-SHA-256 tags
 * under a random key that never leaves memory and cannot be exported. Nothing persists.
 */
export function createReuseCheck() {
  const key = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const seen = new Set<string>();
  let last = '';
  const tag = async (password: string) => {
    const mac = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(password));
    return btoa(String.fromCharCode(...new Uint8Array(mac)));
  };
  return {
    /**
     * Records this password; true if it was checked earlier on this page, with some other
     * password checked in between (checking the same one twice in a row is not reuse).
     */
    async seenBefore(password: string): Promise<boolean> {
      const t = await tag(password);
      const before = seen.has(t) && t !== last;
      seen.add(t);
      last = t;
      return before;
    },
  };
}
