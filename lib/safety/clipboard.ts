/**
 * Empties the clipboard, in case it still holds a password copied from Lockstep. Browsers only
 * let a focused page write to it, so quick exit calls this first, before anything else moves
 * focus. The operating system's own clipboard history (Windows + V, some phones) may keep a copy.
 */
export async function clearClipboard(): Promise<void> {
  await navigator.clipboard?.writeText('').catch(() => undefined);
}
