import { browser } from 'wxt/browser';

/**
 * The one thing every page must know at start: whether an advocate session is running. It is
 * kept apart from session-storage.ts (which reads and writes the session's plan) so that the
 * first download of a page holds only this check; the rest loads when a session runs.
 */

/** The part of `storage.session` used by Lockstep (a fake stands in for it in unit tests). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const SESSION_KEY = 'lockstep-session';

/**
 * The intake answers, under a key of their own: the intake page writes them while the plan's
 * writes go through createSessionStorage, and one key per writer loses nothing.
 */
export const INTAKE_KEY = 'lockstep-session-intake';

/**
 * Removes every key of a running session (its plan, its advocate notes, its intake answers).
 * Quick exit calls it first, before any tab closes, so no half-closed page can leave them behind.
 * Kept here, not in session-storage.ts, so that quick exit needs nothing loaded late.
 */
export async function forgetSession(
  area: SessionArea | null = browserSessionArea(),
): Promise<void> {
  if (!area) return;
  await Promise.all([area.remove(SESSION_KEY), area.remove(INTAKE_KEY)]);
}

/** The browser's session area, or null where the browser has none. */
export function browserSessionArea(): SessionArea | null {
  const area = (browser.storage as { session?: SessionArea } | undefined)?.session;
  return area ?? null;
}

/** Whether something is stored under the session key (whether it can be read is checked later). */
export async function sessionRunning(
  area: SessionArea | null = browserSessionArea(),
): Promise<boolean> {
  if (!area) return false;
  const stored = await area.get(SESSION_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[SESSION_KEY] !== undefined;
}
