import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useNewPassphrase } from '../passwords/passphrase-fields';
import { usePlanStore } from '../common/store-context';

/** What the lock offer says after a try: done, or what went wrong. */
export interface OfferMessage {
  readonly text: string;
  readonly error: boolean;
}

/** The lock offer's form state and its save: the new passphrase, the check word, the outcome. */
export function useLockOffer() {
  const store = usePlanStore();
  const next = useNewPassphrase();
  const [checkWord, setCheckWord] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<OfferMessage | null>(null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const problem = await next.validate();
    if (problem) {
      setBusy(false);
      setMessage({ text: t(problem), error: true });
      return;
    }
    const ok = await store.setPassphrase(next.first, checkWord);
    setBusy(false);
    next.clear();
    setCheckWord('');
    setMessage(
      ok
        ? { text: t('offer_lock_done'), error: false }
        : { text: t('lock_save_failed'), error: true },
    );
  };

  return { next, checkWord, setCheckWord, busy, message, save };
}

/** The lock offer's state, as the form shows it. */
export type LockOfferState = ReturnType<typeof useLockOffer>;
