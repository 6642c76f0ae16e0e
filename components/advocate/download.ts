import { planFileName } from '@/lib/transfer/file-names';
import { saveToDownloads } from '../transfer/export-download';

/** Hands the sealed file to the browser's downloads under a neutral name; never the network. */
export function downloadSealed(text: string): string {
  const name = planFileName();
  saveToDownloads(new Blob([text], { type: 'application/json' }), name);
  return name;
}
