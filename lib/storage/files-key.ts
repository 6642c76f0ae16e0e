import type { Db } from './database';
import { FILES_KEY_SETTING, type FilesKeyState } from './evidence-schema';
import type { Held, StorageContext } from './held-key';
import { sealing } from './late';
import { LockedError } from './plan-storage';

/**
 * The files key (see FilesKeyState): created when the first file is sealed, wrapped under the
 * lock's data key, kept open in this page's memory beside the held key, re-wrapped when the
 * passphrase changes, and handed over raw when the lock is turned off.
 */

interface OpenFilesKey {
  readonly salt: string;
  readonly raw: Uint8Array<ArrayBuffer>;
  readonly key: CryptoKey;
}

/** Per page: the files key this page opened, by the salt of the key it was wrapped under. */
const opened = new WeakMap<Held, OpenFilesKey>();

const wrapContext = (salt: string) => ['lockstep-files-key-1', salt].join('\u0000');

const importRaw = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);

/** The stored state, or undefined. */
export async function readFilesKeyState(database: Db): Promise<FilesKeyState | undefined> {
  const row = await database.get('settings', FILES_KEY_SETTING);
  const value = row?.value;
  return typeof value === 'object' && value !== null ? (value as FilesKeyState) : undefined;
}

export async function writeFilesKeyState(database: Db, state: FilesKeyState | null) {
  if (state === null) await database.delete('settings', FILES_KEY_SETTING);
  else await database.put('settings', { key: FILES_KEY_SETTING, value: state });
}

/** `raw` wrapped under the held data key, as stored. */
async function wrap(context: StorageContext, raw: Uint8Array<ArrayBuffer>) {
  const held = context.held.key;
  if (!held) throw new LockedError();
  const { seal, toBase64 } = await sealing();
  const wrapped = await seal(held.crypto, toBase64(raw), wrapContext(held.salt));
  return { salt: held.salt, wrapped };
}

/** Opens the stored files key with the held key; null when there is none to open. */
async function unwrap(context: StorageContext, state: FilesKeyState | undefined) {
  const held = context.held.key;
  const { unseal, fromBase64 } = await sealing();
  if (state?.raw) return fromBase64(state.raw);
  if (!held || !state?.wrapped || state.salt !== held.salt) return null;
  return fromBase64(await unseal(held.crypto, state.wrapped, wrapContext(held.salt)));
}

/**
 * The files key as this page can use it now: with the lock on, opened with the held key (and
 * made when `create` and there is none yet); with the lock off, only while a re-seal to plain
 * still holds it raw. Null when there is no key to use.
 */
export async function filesKey(
  context: StorageContext,
  { create = false }: { create?: boolean } = {},
): Promise<CryptoKey | null> {
  const { held } = context;
  const salt = held.key?.salt ?? '';
  const cached = opened.get(held);
  if (cached && cached.salt === salt) return cached.key;
  const database = await context.db();
  const state = await readFilesKeyState(database);
  let raw = await unwrap(context, state);
  if (!raw && cached && held.key) raw = cached.raw; // the passphrase changed in this page
  if (!raw && create && held.key && !state?.wrapped)
    raw = crypto.getRandomValues(new Uint8Array(32));
  if (!raw) return null;
  if (held.key && state?.salt !== salt)
    await writeFilesKeyState(database, { ...state, ...(await wrap(context, raw)) });
  const key = await importRaw(raw);
  opened.set(held, { salt, raw, key });
  return key;
}

/**
 * Before the lock is turned off: the files key as the raw state the plain profile keeps until
 * the chunks are plain again (written in the same transaction that removes the sealed plan).
 * Undefined when no file was ever sealed.
 */
export async function filesKeyForLockOff(
  context: StorageContext,
): Promise<FilesKeyState | undefined> {
  const state = await readFilesKeyState(await context.db());
  const raw = await unwrap(context, state);
  if (!raw) return undefined;
  const { toBase64 } = await sealing();
  return { raw: toBase64(raw), resealTo: 'plain' };
}

/** Forgets the opened files key (this page only). */
export const forgetFilesKey = (held: Held): void => void opened.delete(held);
