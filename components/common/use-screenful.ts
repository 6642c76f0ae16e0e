import { useEffect, useState } from 'preact/hooks';

/** Rows in the first render: more than a tall screen shows. */
export const FIRST_ROWS = 30;
/** Rows added per task after that, so a click or a key press is never held up for long. */
export const MORE_ROWS = 120;

/**
 * A long list's rows in steps: the first screenful at once, then the rest a batch per task
 * (each after the browser has had a turn for input and paint). Marks `list-complete` once the
 * whole list is on screen (the bench's "complete" figure). A short list is whole at once.
 */
export function useScreenful<T>(items: readonly T[]): readonly T[] {
  const [count, setCount] = useState(FIRST_ROWS);
  const shown = Math.min(count, items.length);
  useEffect(() => {
    if (shown >= items.length) {
      if (performance.getEntriesByName('list-complete').length === 0)
        performance.mark('list-complete');
      return;
    }
    const timer = setTimeout(() => setCount(shown + MORE_ROWS), 0);
    return () => clearTimeout(timer);
  }, [shown, items.length]);
  return shown === items.length ? items : items.slice(0, shown);
}
