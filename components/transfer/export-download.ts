import { exportFileName, exportPlan } from '@/lib/transfer/export-plan';
import type { PlanData } from '@/lib/storage/plan-storage';

/** Hands the file to the browser's downloads: a Blob URL, never the network. */
function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName();
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
  download(text);
  performance.measure('lockstep:export', { start: started }); // read by `npm run bench`
}
