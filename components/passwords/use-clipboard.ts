import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { clearClipboard, clearClipboardWhenAllowed } from '@/lib/safety/clipboard';

const CLEAR_AFTER_MS = 30_000;

/**
 * Copies, then empties the clipboard after 30 seconds if this page is still open. The message
 * shows beside the button that was pressed (`place`), not at the end of the card. The browser
 * may refuse to empty it while another tab is in front: then the message says so, and Lockstep
 * tries again when this page comes back (lib/safety/clipboard.ts).
 */
export function useClipboard<Place extends string>() {
  const [message, setMessage] = useState<{ text: string; place: Place } | null>(null);
  const stopRetry = useRef<() => void>(() => undefined);
  useEffect(
    () => () => {
      stopRetry.current();
      void clearClipboard();
    },
    [],
  );
  const emptySoon = async (place: Place) => {
    stopRetry.current();
    const outcome = await clearClipboardWhenAllowed(() =>
      setMessage({ text: t('pw_clipboard_cleared'), place }),
    );
    stopRetry.current = outcome.stop;
    if (!outcome.cleared) setMessage({ text: t('pw_clipboard_pending'), place });
  };
  const copy = async (text: string, place: Place) => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage({ text: t('pw_copied'), place });
      setTimeout(() => void emptySoon(place), CLEAR_AFTER_MS);
    } catch {
      setMessage({ text: t('pw_copy_failed'), place });
    }
  };
  const at = (place: Place) => (message?.place === place ? message.text : '');
  return { copy, at };
}
