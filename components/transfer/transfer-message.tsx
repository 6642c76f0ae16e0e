import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** What an export or an import ended with: said aloud, in red when it went wrong. */
export type Message = { readonly text: string; readonly error: boolean } | null;

/** The outcome of an import, focused when it comes so that it is read out at once. */
export function ImportOutcome({ message }: { readonly message: Message }) {
  const outcome = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) outcome.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p
      ref={outcome}
      tabIndex={-1}
      role={message.error ? 'alert' : 'status'}
      class={message.error ? 'error' : ''}
    >
      {message.text}
    </p>
  );
}

/** The outcome of an export, and where a written file went. */
export function ExportOutcome({ message }: { readonly message: Message }) {
  if (!message) return null;
  return (
    <>
      <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''}>
        {message.text}
      </p>
      {!message.error && <p>{t('xfer_exported_downloads')}</p>}
    </>
  );
}
