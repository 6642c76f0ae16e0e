/**
 * Empties the clipboard, in case it still holds a password copied from Lockstep, and says
 * whether it worked. Browsers only let a focused page write to it (Chrome refuses a page in the
 * background, the usual case once the person went to the site's tab to paste), so quick exit
 * calls this first, before anything else moves focus. The operating system's own clipboard
 * history (Windows + V, some phones) may keep a copy.
 */
export async function clearClipboard(): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText('');
    return true;
  } catch {
    return false;
  }
}

const RETRY_ON = ['focus', 'visibilitychange', 'pageshow'] as const;

/**
 * Empties the clipboard now or, if the browser refuses, each time this page comes back to the
 * front (focus, shown again) until it works; `onCleared` is called once it did. Returns whether
 * it worked at once, and a function that stops retrying.
 */
export async function clearClipboardWhenAllowed(
  onCleared: () => void,
  targets: readonly EventTarget[] = [window, document],
): Promise<{ cleared: boolean; stop: () => void }> {
  const stop = () => {
    for (const target of targets)
      for (const type of RETRY_ON) target.removeEventListener(type, retry);
  };
  const retry = () =>
    void clearClipboard().then((ok) => {
      if (!ok) return;
      stop();
      onCleared();
    });
  if (await clearClipboard()) {
    onCleared();
    return { cleared: true, stop };
  }
  for (const target of targets) for (const type of RETRY_ON) target.addEventListener(type, retry);
  return { cleared: false, stop };
}
