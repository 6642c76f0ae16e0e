import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { onSessionMessage } from '../advocate/session-channel';

/**
 * The session banner, loaded only while a session runs (null until then). A page outside a session
 * joins one started in another tab by reloading into it.
 */
export function useSessionBanner(inSession: boolean): ComponentType | null {
  const [SessionBanner, setSessionBanner] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (inSession) {
      void import('../advocate/session-banner').then((m) =>
        setSessionBanner(() => m.SessionBanner),
      );
      return;
    }
    return onSessionMessage((message) => {
      if (message === 'started') location.reload();
    });
  }, [inSession]);
  return SessionBanner;
}
