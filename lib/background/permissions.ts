import { giveBackUnheld, grantedOptional } from '../browser/permissions';
import { lastingHolds, type PermissionFeature } from '../permissions/holds';
import { openIdbStorage } from '../storage/idb-storage';
import { DB_NAME } from '../storage/schema';

/** The lasting features the plain settings have on (readable while the plan is locked). */
async function lastingFromSettings(): Promise<PermissionFeature[]> {
  // Never create the database just to read a setting (after "erase everything", say).
  const names = (await indexedDB.databases()).map((db) => db.name);
  if (!names.includes(DB_NAME)) return [];
  const storage = await openIdbStorage();
  try {
    return lastingHolds(await storage.loadSettings());
  } finally {
    storage.close();
  }
}

/**
 * Gives back every optional permission no feature holds. `endReviews`: after quick exit, the
 * reviews of "This browser" end too. When the settings cannot be read, nothing is given back
 * (better to keep a permission a little longer than to break a feature the person turned on).
 */
export async function giveBackWhatNothingHolds({ endReviews = false } = {}): Promise<void> {
  // Most starts find no optional permission granted: then there is no setting to read.
  if ((await grantedOptional()).length === 0) return;
  let lasting: PermissionFeature[];
  try {
    lasting = await lastingFromSettings();
  } catch {
    return;
  }
  await giveBackUnheld(lasting, { endReviews });
}

/** At every background start: a review cut short (the browser closed) leaves nothing held. */
export function keepPermissionsHeld(): void {
  void giveBackWhatNothingHolds();
}
