import { DB_VERSION, REVISION_KEY, VAULT_KEY } from '../storage/schema';
import type { LockstepDB, RevisionMark } from '../storage/schema';

/** The raw rows the popup's glance needs, from one read-only transaction. */
export interface GlanceRows {
  /** As stored: the caller checks each row (lib/storage/validate.ts). */
  readonly settings: readonly LockstepDB['settings']['value'][];
  /** How many sealed plans the vault holds (0 or 1). */
  readonly vaults: number;
  /** The tamper check's mark (lib/storage/tamper-checks.ts), when there is one. */
  readonly mark: RevisionMark | undefined;
}

/** No database yet: a fresh profile, which has only the defaults. */
export const NO_DATABASE: GlanceRows = { settings: [], vaults: 0, mark: undefined };

/**
 * Reads the settings and the vault's state with the browser's own IndexedDB calls, not `idb`
 * and its upgrades (lib/storage/database.ts), so the popup's first download stays small. It
 * opens the database at the version it has and never creates or upgrades one: with no database
 * it creates nothing (NO_DATABASE); at another version it gives null, and the plan popup's
 * store upgrades it. Null too on any error, or when another page asks to upgrade meanwhile.
 */
export function readGlanceRows(name: string): Promise<GlanceRows | null> {
  return new Promise((resolve) => {
    let fresh = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      fresh = true; // only a database that is not there yet gets here: leave it not there
      request.transaction?.abort();
    };
    request.onerror = () => resolve(fresh ? NO_DATABASE : null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const done = (rows: GlanceRows | null) => {
        db.close();
        resolve(rows);
      };
      db.onversionchange = () => done(null);
      if (db.version !== DB_VERSION) return done(null);
      try {
        const tx = db.transaction(['settings', 'vault'], 'readonly');
        const settings = tx.objectStore('settings').getAll();
        const vaults = tx.objectStore('vault').count(VAULT_KEY);
        const mark = tx.objectStore('vault').get(REVISION_KEY);
        const rows = () => ({
          settings: settings.result,
          vaults: vaults.result,
          mark: mark.result,
        });
        tx.oncomplete = () => done(rows());
        tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}
