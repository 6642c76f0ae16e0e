import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};

/** The packages `npm run zip` makes (WXT's default names). */
export const PACKAGES = {
  chrome: resolve(`.output/${name}-${version}-chrome.zip`),
  firefox: resolve(`.output/${name}-${version}-firefox.zip`),
  sources: resolve(`.output/${name}-${version}-sources.zip`),
};

/** Every file of a zip, by its path inside, as bytes. */
export async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}
