/** What the browser says this extension's data uses and may use, in bytes; null if it says nothing. */
export async function roomEstimate(): Promise<{ usage: number; quota: number } | null> {
  // Node (the unit tests) has no navigator: no estimate, so nothing is refused for room.
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null);
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
  return { usage: estimate.usage, quota: estimate.quota };
}

/** How much room this extension's data uses, and the browser's quota for it, in MB (rounded). */
export async function roomUsed(): Promise<{ usedMb: number; quotaMb: number } | null> {
  const estimate = await roomEstimate();
  if (!estimate) return null;
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  return { usedMb: mb(estimate.usage), quotaMb: mb(estimate.quota) };
}
