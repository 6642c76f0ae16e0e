import { rendererRss } from './rss.mjs';

/**
 * Runs `work` while sampling the renderers' resident memory (rss.mjs) every 50 ms: what it
 * returned, the memory just before it started and the peak while it ran, in bytes.
 */
export async function peakRssWhile(work) {
  const before = rendererRss();
  let peak = before;
  let sampling = true;
  const sample = (async () => {
    while (sampling) {
      peak = Math.max(peak, rendererRss());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await work(), before, peak };
  } finally {
    sampling = false;
    await sample;
  }
}
