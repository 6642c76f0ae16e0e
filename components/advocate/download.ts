import { exportFileName } from '@/lib/transfer/export-plan';

/** Hands the sealed file to the browser's downloads under a neutral name; never the network. */
export function downloadSealed(text: string): string {
  const name = exportFileName();
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after `click` returns: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
  return name;
}
