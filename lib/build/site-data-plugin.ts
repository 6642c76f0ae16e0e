import type { Plugin } from 'vite';
import { compileSiteData, dataDir } from './site-data';

const MODULES = {
  'virtual:lockstep/directory': 'directory',
  'virtual:lockstep/site-rules': 'siteRules',
} as const;
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

type Compiled = ReturnType<typeof compileSiteData>;

/**
 * Compiles ../shared/data (or LOCKSTEP_DATA_DIR) into two virtual modules that pages import
 * lazily, and ships the notices file its licences require. Compiled once per build process.
 */
export function siteData(root = process.cwd()): Plugin {
  let compiled: Compiled | undefined;
  const get = (): Compiled => {
    if (!compiled) {
      compiled = compileSiteData(dataDir(root));
      for (const deviation of compiled.deviations)
        console.warn(`[lockstep] known upstream data deviation repaired: ${deviation}`);
    }
    return compiled;
  };
  return {
    name: 'lockstep-site-data',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      const key = id.startsWith('\0') ? MODULES[id.slice(1) as keyof typeof MODULES] : undefined;
      if (!key) return undefined;
      // JSON.parse of one string is faster to load than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(get()[key]))});`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: get().notices });
    },
  };
}
