import type { PlanStorage } from '../storage/plan-storage';
import { browserSessionArea, type SessionArea } from '../storage/session-key';
import { forgetExitTraces } from './exit-traces';

/**
 * Quick exit's first step: a running advocate session ends. This page's session writes stop
 * (so none can put the plan back), then the session's plan, notes and intake answers (and a
 * page copy waiting for the next unlock) are removed from `storage.session` (exit-traces.ts).
 * `storage.lock()` cannot do it: a session has nothing to lock. Every open Lockstep page runs
 * this before its tab closes, the one that pressed Quick exit and the others. Never fails.
 */
export function endSessionNow(
  storage: PlanStorage,
  area: SessionArea | null = browserSessionArea(),
): Promise<void> {
  if (storage.mode === 'session') storage.close();
  return forgetExitTraces(area);
}
