import { PENDING_CAPTURE_KEY } from '../evidence/pending-capture';
import { INTAKE_KEY, SESSION_KEY, type SessionArea } from '../storage/session-key';

/**
 * What quick exit removes from `storage.session` (memory only) before any tab closes, so that
 * nothing is left to come back to: a running session's plan, notes and intake answers, and a
 * page copy the popup kept while the plan was locked (it waits there for the next unlock). The
 * popup's capture note says the copy is lost at quick exit.
 */
export const EXIT_TRACES = [SESSION_KEY, INTAKE_KEY, PENDING_CAPTURE_KEY] as const;

/** Removes every trace at once. Never rejects: quick exit goes on whatever happens. */
export async function forgetExitTraces(area: SessionArea | null): Promise<void> {
  if (!area) return;
  await Promise.all(EXIT_TRACES.map((key) => area.remove(key).catch(() => undefined)));
}
