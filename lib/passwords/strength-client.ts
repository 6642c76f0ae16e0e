import type { Strength } from './strength';
import type { CheckRequest, WorkerReply } from './strength-protocol';

export interface StrengthClient {
  /** Checks a password; resolves with null when a newer check replaced this one. */
  check(password: string, userInputs: readonly string[]): Promise<Strength | null>;
  close(): void;
}

/**
 * Talks to the strength worker. Only the latest keystroke counts: while a check runs, newer
 * requests replace each other and only the newest is sent next, so typing never queues work.
 */
export function createStrengthClient(
  spawn: () => Worker = () =>
    new Worker(new URL('./strength-worker.ts', import.meta.url), { type: 'module' }),
): StrengthClient {
  let created = 0;
  let worker: Worker | undefined;
  let nextId = 0;
  let inFlight: number | null = null;
  let queued: CheckRequest | null = null;
  const waiting = new Map<number, (s: Strength | null) => void>();

  const send = (request: CheckRequest) => {
    inFlight = request.id;
    worker?.postMessage(request);
  };

  const start = () => {
    created = performance.now();
    const w = spawn();
    w.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'ready') {
        // Read by `npm run bench`: from asking for the checker to dictionaries ready.
        performance.measure('lockstep:strength-dictionary-load', { start: created });
        return;
      }
      waiting.get(message.id)?.(message.id === nextId ? message.strength : null);
      waiting.delete(message.id);
      inFlight = null;
      if (queued) {
        const next = queued;
        queued = null;
        send(next);
      }
    });
    return w;
  };

  return {
    check(password, userInputs) {
      worker ??= start();
      const id = ++nextId;
      const request: CheckRequest = { id, password, userInputs: [...userInputs] };
      // An older queued request will never be sent: settle it as replaced.
      if (queued) {
        waiting.get(queued.id)?.(null);
        waiting.delete(queued.id);
      }
      const result = new Promise<Strength | null>((resolve) => waiting.set(id, resolve));
      if (inFlight === null) send(request);
      else queued = request;
      return result;
    },
    close() {
      worker?.terminate();
      for (const resolve of waiting.values()) resolve(null);
      waiting.clear();
    },
  };
}
