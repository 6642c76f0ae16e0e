import { useEffect, useState } from 'preact/hooks';

/**
 * False on the first render, true once the browser has painted it: a page shows its words first
 * and draws the heavy part just after (the map's drawing, issue 35: its list carries the same
 * facts). A timer inside the next frame runs after that frame is painted.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
