import type { Plugin, Rollup } from 'vite';
import { compileBrowserIndicators } from './browser-indicators';
import { compileDeviceData } from './device-data';
import { dataDir } from './site-data';
import { NOTICES_FILE } from './site-data-plugin';

const MODULE = 'virtual:lockstep/device-data';
/** The hosts of the stalkerware indicators, for the history review of "This browser". */
const HOSTS_MODULE = 'virtual:lockstep/browser-indicators';

/**
 * Compiles the ISDI app flags and Echap's stalkerware indicators (../shared/data, or
 * LOCKSTEP_DATA_DIR) into one virtual module the device page loads lazily, and adds their
 * licences to the notices file the site data plugin writes. Compiled once per build process.
 */
export function deviceData(root = process.cwd()): Plugin {
  let compiled: ReturnType<typeof compileDeviceData> | undefined;
  let hosts: ReturnType<typeof compileBrowserIndicators> | undefined;
  const get = () => (compiled ??= compileDeviceData(dataDir(root)));
  const getHosts = () => (hosts ??= compileBrowserIndicators(dataDir(root)));
  // JSON.parse of one string is faster to load than the same data as an object literal.
  const asModule = (data: unknown) =>
    `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
  return {
    name: 'lockstep-device-data',
    resolveId(id) {
      return id === MODULE || id === HOSTS_MODULE ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${MODULE}`) return asModule(get().data);
      if (id !== `\0${HOSTS_MODULE}`) return undefined;
      const { data, leftOut } = getHosts();
      if (leftOut.length)
        this.warn(
          `stalkerware indicators: left out hosts that are public suffixes: ${leftOut.join(', ')}`,
        );
      return asModule(data);
    },
    generateBundle: {
      // After the site data plugin has written the notices file: this adds its own section.
      order: 'post',
      handler(_options, bundle) {
        const existing = bundle[NOTICES_FILE] as Rollup.OutputAsset | undefined;
        if (existing) existing.source = `${String(existing.source)}\n${get().notices}`;
        else this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: get().notices });
      },
    },
  };
}
