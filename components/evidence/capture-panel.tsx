import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';

/** How a page copy went: in the log, kept until the next unlock, or why not. */
export type CaptureOutcome = 'saved' | 'kept' | 'waiting' | 'no-room' | 'failed';

const SAID: Record<CaptureOutcome, MessageKey> = {
  saved: 'capture_saved',
  kept: 'capture_kept',
  waiting: 'capture_waiting',
  'no-room': 'capture_no_room',
  failed: 'capture_failed',
};

interface Props {
  readonly discreet: boolean;
  /** The plan is locked here: the copy waits in memory until the next unlock. */
  readonly locked: boolean;
  /** Copies the page now and keeps it, with the person's words. */
  readonly keep: (words: string) => Promise<CaptureOutcome>;
}

/**
 * The popup's "Keep a copy of this page", opened by its button: what is kept (the visible part
 * only), the log's rule on images of anyone under 18, the lock's waiting place, the person's own
 * words, and after each copy "Capture again after scrolling". No word names Lockstep or its aim.
 */
export function CapturePanel({ discreet, locked, keep }: Props) {
  const [words, setWords] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CaptureOutcome | null>(null);
  const copy = async (text: string) => {
    setBusy(true);
    setOutcome(await keep(text).catch(() => 'failed' as const));
    setBusy(false);
  };
  const done = outcome === 'saved' || outcome === 'kept';
  return (
    <section class="capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('capture_button')}</h2>
      <p>{t('capture_visible_only')}</p>
      <p class="warning">{t(shellKey('evidence_minors', discreet))}</p>
      {locked && <p>{t(shellKey('capture_locked_note', discreet))}</p>}
      {!done && (
        <>
          <label for="capture-words">{t('capture_words_label')}</label>
          <textarea
            autocomplete="off"
            id="capture-words"
            rows={2}
            value={words}
            onInput={(e) => setWords(e.currentTarget.value)}
          />
          <button type="button" class="primary" disabled={busy} onClick={() => void copy(words)}>
            {t('capture_keep')}
          </button>
        </>
      )}
      <p role="status">{outcome && t(SAID[outcome])}</p>
      {done && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void copy('')}>
          {t('capture_again')}
        </button>
      )}
    </section>
  );
}
