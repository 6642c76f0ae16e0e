/**
 * Runs `work` once the page has marked `ready` (its first screen is on view), or now if it has.
 * For work the first screen does not need but a person should still get soon: the toolbar's
 * icon, drawn inside the page (about 30 ms of the dashboard's main thread before ready, traced
 * on 2026-12-08).
 */
export function afterReady(work: () => void): void {
  if (performance.getEntriesByName('ready').length > 0) return work();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('ready').length === 0) return;
    observer.disconnect();
    work();
  });
  observer.observe({ type: 'mark' });
}
