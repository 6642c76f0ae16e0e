import type { ComponentChildren } from 'preact';
import { CapturePanel, type CaptureOutcome } from '@/components/evidence/capture-panel';
import { captureShownTab } from '../browser/capture-tab';
import { keepPending, type PageCapture } from '../evidence/pending-capture';
import type { PlanStore } from '../state/plan-store';
import { browserSessionArea } from '../storage/session-key';
import { openPlanStore } from './open-plan-store';

/** Files a capture in the log now; false when the log could not take it. */
type Save = (capture: PageCapture) => Promise<boolean>;

/**
 * "Keep a copy of this page", loaded on the popup's click. With the plan open, the copy goes in
 * the log through the plan store; locked (the popup never holds the key), it waits in session
 * memory for the next unlock, and `announce` tells an open Lockstep tab, which files it if the
 * plan is open there.
 */
export function capturePanel(options: {
  readonly discreet: boolean;
  /** Null while locked. */
  readonly save: Save | null;
  readonly announce: () => void;
}): ComponentChildren {
  const { discreet, save, announce } = options;
  async function keep(words: string): Promise<CaptureOutcome> {
    const started = performance.now();
    const capture: PageCapture = { ...(await captureShownTab()), at: Date.now(), words };
    performance.measure('lockstep:evidence-capture-tab', { start: started }); // the browser's part
    let outcome: CaptureOutcome;
    if (save) {
      outcome = (await save(capture)) ? 'saved' : 'failed';
    } else {
      const area = browserSessionArea();
      outcome = area ? await keepPending(area, capture) : 'no-room';
      if (outcome === 'kept') announce();
    }
    performance.measure('lockstep:evidence-capture', { start: started }); // read by `npm run bench`
    return outcome;
  }
  return <CapturePanel discreet={discreet} locked={!save} keep={keep} />;
}

/** The short popup holds no store: the plan store opens on the first copy (an open plan only). */
export function glanceSave(): Save {
  let opened: Promise<PlanStore> | undefined;
  return async (capture) => {
    opened ??= openPlanStore(() => undefined).then((o) => o.store);
    return (await opened).saveCapture(capture);
  };
}
