import type { Settings } from '../plan/types';
import { DB_NAME } from '../storage/schema';
import { findTampering } from '../storage/tamper-checks';
import { browserSessionArea, sessionRunning, type SessionArea } from '../storage/session-key';
import { popupShowsPlan } from '../safety/popup-privacy';
import { readSettings } from '../storage/validate';
import { readGlanceRows } from './popup-glance-read';

/** What the popup reads before it knows whether it needs the plan: the settings, and the lock. */
export interface Glance {
  readonly settings: Settings;
  /** The plan is sealed with a passphrase (the popup never holds its key: it is locked here). */
  readonly sealed: boolean;
}

/**
 * Reads the plain settings and whether a sealed plan is there, without the plan store, the
 * playbook or the plan itself. Null when only the full store can say what to show: no
 * IndexedDB (memory mode), a running advocate session, a database still to upgrade, a tamper
 * finding to show, or any error. The connection is closed again before this resolves.
 */
export async function readGlance({
  name = DB_NAME,
  area = browserSessionArea(),
}: { name?: string; area?: SessionArea | null } = {}): Promise<Glance | null> {
  if (typeof indexedDB === 'undefined') return null;
  // Asked beside the database read, not before it: one round trip fewer before the first paint.
  const running = area ? sessionRunning(area).catch(() => true) : Promise.resolve(false);
  const glance = await readStores(name);
  return (await running) ? null : glance;
}

/** The settings and the lock from one read-only transaction; null as `readGlance` says. */
async function readStores(name: string): Promise<Glance | null> {
  const read = await readGlanceRows(name).catch(() => null);
  if (!read) return null;
  const { settings: rows, vaults, mark } = read;
  // A sealed plan gone while Lockstep never turned the lock off: only the full popup can say
  // so (its tamper line). The other findings need a sealed plan, which the popup never opens.
  if (vaults === 0 && findTampering({ vaultRev: null, mark, plainRows: 0 }).length > 0) return null;
  const records = rows.filter(
    (r) => typeof r === 'object' && r !== null && typeof r.key === 'string',
  );
  return { settings: readSettings(records).settings, sealed: vaults > 0 };
}

/**
 * Whether the popup needs the plan store: when the glance could not be read, or when the plan
 * is open (not sealed) and the popup shows it (lib/safety/popup-privacy.ts). A sealed plan is
 * locked in the popup, which then only says so.
 */
export function needsPlanPopup(glance: Glance | null): boolean {
  return !glance || (!glance.sealed && popupShowsPlan(glance.settings, 'none'));
}
