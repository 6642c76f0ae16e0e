import { useEffect, useRef, useState } from 'preact/hooks';
import { watchIdle } from '@/lib/safety/idle';

/** A session lasts about an hour: it ends after this long with no use at all. */
export const SESSION_IDLE_MINUTES = 30;

/**
 * A running session's idle limit (issue "Tampering is seen", item 6): after 29 minutes with no
 * use the banner warns for a minute ("keep going" resets it); then the session ends as quick exit
 * ends it (the session's plan, notes and intake erased first). Time is kept by the clock, so a
 * laptop that slept through the hour ends the session at the first touch.
 */
export function useSessionIdle(active: boolean, end: () => void) {
  const [warning, setWarning] = useState(false);
  const [round, setRound] = useState(0);
  // The latest `end`, without restarting the clock when a render hands a new function.
  const endRef = useRef(end);
  endRef.current = end;
  useEffect(() => {
    if (!active) return;
    const targets = [document, window];
    let stopEnd = () => undefined as unknown;
    const stopWarn = watchIdle(
      document,
      SESSION_IDLE_MINUTES - 1,
      () => {
        setWarning(true);
        stopEnd = watchIdle(document, 1, () => endRef.current(), targets);
      },
      targets,
    );
    return () => {
      stopWarn();
      stopEnd();
    };
  }, [active, round]);
  const keepGoing = () => {
    setWarning(false);
    setRound((n) => n + 1);
  };
  return { warning, keepGoing };
}
