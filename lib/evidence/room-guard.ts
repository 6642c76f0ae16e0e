import { roomEstimate } from '../storage/room';
import { NoRoomError, shortOfRoom } from './room-check';

/**
 * Refuses files that would pass the browser's quota (NoRoomError), before anything is kept: the
 * room check of room-check.ts with the browser's own estimate (lib/storage/room.ts).
 */
export async function ensureRoom(sizes: readonly number[]): Promise<void> {
  if (sizes.length === 0) return;
  const freeMb = shortOfRoom(await roomEstimate(), sizes);
  if (freeMb !== null) throw new NoRoomError(freeMb);
}
