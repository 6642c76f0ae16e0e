import type { PlanStorage } from '../storage/plan-storage';
import { browserSessionArea, forgetSession, type SessionArea } from '../storage/session-key';

/**
 * Quick exit's first step: a running advocate session ends. This page's session writes stop
 * (so none can put the plan back), then the session's plan, notes and intake answers are removed
 * from `storage.session`. `storage.lock()` cannot do it: a session has nothing to lock. Every open
 * Lockstep page runs this before its tab closes, the one that pressed Quick exit and the others.
 * Never fails: quick exit goes on whatever happens.
 */
export function endSessionNow(
  storage: PlanStorage,
  area: SessionArea | null = browserSessionArea(),
): Promise<void> {
  if (storage.mode === 'session') storage.close();
  return forgetSession(area).catch(() => undefined);
}
