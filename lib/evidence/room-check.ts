import { CHUNK_BYTES } from './entry';

/**
 * Whether picked files fit in the room the browser gives this extension, checked before
 * anything is kept: a file past the quota would fail part way (IndexedDB's QuotaExceededError),
 * so it is refused first with a clear message. Pure: the estimate comes from lib/storage/room.ts.
 */

/** What `navigator.storage.estimate()` said, in bytes. */
export interface RoomEstimate {
  readonly usage: number;
  readonly quota: number;
}

/** Sealing adds a 12-byte IV and a 16-byte tag per chunk; IndexedDB adds its own keys. */
const PER_CHUNK = 1024;
/** Room kept free for the plan itself and the entry that names the files. */
const HEADROOM = 1024 * 1024;

/** The bytes these files need once stored. */
export function bytesNeeded(sizes: readonly number[]): number {
  return sizes.reduce((sum, size) => sum + size + Math.ceil(size / CHUNK_BYTES) * PER_CHUNK, 0);
}

/** The free room in MB (rounded down) when the files do not fit; null when they fit or no one knows. */
export function shortOfRoom(room: RoomEstimate | null, sizes: readonly number[]): number | null {
  if (!room || sizes.length === 0) return null;
  const free = room.quota - room.usage;
  if (bytesNeeded(sizes) + HEADROOM <= free) return null;
  return Math.max(0, Math.floor(free / (1024 * 1024)));
}

/** Files that would pass the browser's quota: refused before anything is kept. */
export class NoRoomError extends Error {
  constructor(readonly freeMb: number) {
    super(`Only ${freeMb} MB free.`);
    this.name = 'NoRoomError';
  }
}
