import type { StorageContext } from './held-key';
import { readPlain } from './plain-stores';
import { sealedCopyOf, settingChanges } from './sealed-settings';
import { openVault, putVault, readVault } from './vault';
import { MAX_RETRIES, TOO_BUSY } from './write';

/**
 * The sealed copy of the clear settings (sealed-settings.ts): sealed again whenever a setting
 * changes while the plan is open, compared after each unlock, and either put back or renewed
 * when the person chooses. Needs the key; with no sealed plan there is nothing to do.
 */

/** Seals the clear settings as they are now into the plan (nothing when the key is not held). */
export async function sealSettingsCopy(context: StorageContext): Promise<void> {
  const { db, held } = context;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const database = await db();
    const record = await readVault(database);
    if (!record || !held.key) return;
    const [{ data, facts }, plain] = await Promise.all([
      openVault(context, record, held.key),
      readPlain(database),
    ]);
    const settings = sealedCopyOf(plain.settings);
    const target = { withKey: held.key, kdf: record.kdf, expectedRev: record.rev };
    const { checkWord } = facts;
    if (await putVault(context, data, { ...target, base: record.rev, checkWord, settings })) return;
  }
  throw new Error(TOO_BUSY);
}

/**
 * After an unlock: what differs between the clear settings and the sealed copy is kept in
 * `held.settingChanges` (the page shows it). A plan sealed before the copy existed gets one now,
 * with nothing to show.
 */
export async function compareSettingsAfterUnlock(context: StorageContext): Promise<void> {
  const { db, held } = context;
  const database = await db();
  const record = await readVault(database);
  if (!record || !held.key) return;
  const [{ facts }, plain] = await Promise.all([
    openVault(context, record, held.key),
    readPlain(database),
  ]);
  if (!facts.settings) return sealSettingsCopy(context);
  held.settingChanges = settingChanges(facts.settings, plain.settings);
}

/** "Put back my settings": every changed setting gets its sealed value again, in one go. */
export async function putBackSettings(context: StorageContext): Promise<void> {
  const { db, held } = context;
  const tx = (await db()).transaction('settings', 'readwrite');
  const store = tx.objectStore('settings');
  await Promise.all([
    ...held.settingChanges.map(({ key, sealed }) => store.put({ key, value: sealed })),
    tx.done,
  ]);
  held.settingChanges = [];
}

/** "Keep the new ones": the clear settings as they are now become the sealed copy. */
export async function keepNewSettings(context: StorageContext): Promise<void> {
  await sealSettingsCopy(context);
  context.held.settingChanges = [];
}
