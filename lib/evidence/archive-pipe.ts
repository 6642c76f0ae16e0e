/**
 * Keeps the archive's slow steps overlapping: the next chunks are read while this one is sealed,
 * and a few frames are sealed at once. Reading, sealing and hashing each wait on the browser's
 * own threads; one at a time, the page sat idle between them. Pure (no browser APIs).
 */

/** Swallows a rejection here; the caller still sees it where it awaits the promise itself. */
export const quiet = <T>(promise: Promise<T>): Promise<T> => (
  promise.catch(() => undefined),
  promise
);

/**
 * The items of `source`, in order, with up to `depth` asked for ahead of the one in use. An
 * async generator runs its body one request at a time, so asking early only starts the next
 * read sooner. Stops the source when the loop stops early.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const asked: Promise<IteratorResult<T>>[] = [];
  try {
    for (;;) {
      while (asked.length < depth) asked.push(quiet(iterator.next()));
      const next = await (asked.shift() ?? iterator.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    if (asked.length > 0) await iterator.return?.()?.catch(() => undefined);
  }
}

/**
 * At most `limit` pieces of work running at once: `add` waits for the oldest when full, `drain`
 * for all. The first failure is thrown by the `add` or `drain` that meets it.
 */
export function workWindow(limit: number) {
  const running: Promise<unknown>[] = [];
  return {
    async add(work: Promise<unknown>) {
      running.push(quiet(work));
      if (running.length >= limit) await running.shift();
    },
    async drain() {
      while (running.length > 0) await running.shift();
    },
  };
}
