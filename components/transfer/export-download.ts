import { exportPlan } from '@/lib/transfer/export-plan';
import { planFileName } from '@/lib/transfer/file-names';
import type { PlanData } from '@/lib/storage/plan-storage';

/** Hands a file to the browser's downloads: a Blob URL, never the network. */
export function saveToDownloads(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after `click` returns: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Writes the plan out (sealed when a passphrase is given) and hands it to the downloads. */
export async function exportToDownloads(
  data: PlanData,
  passphrase: string | undefined,
  discreet: boolean,
): Promise<void> {
  const started = performance.now();
  const text = await exportPlan(data, passphrase, Date.now(), discreet);
  saveToDownloads(new Blob([text], { type: 'application/json' }), planFileName());
  performance.measure('lockstep:export', { start: started }); // read by `npm run bench`
}
