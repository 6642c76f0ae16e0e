import type { DeviceLists } from './lists';

let lists: Promise<DeviceLists> | undefined;

/** Both app lists, loaded on first use from their own chunk (never a page's first one). */
export function loadDeviceLists(): Promise<DeviceLists> {
  const loading = performance.now();
  lists ??= Promise.all([import('virtual:lockstep/device-data'), import('./lists')]).then(
    ([{ default: data }, { createDeviceLists }]) => {
      const built = createDeviceLists(data);
      // Read by `npm run bench`: loading the chunk plus building the index.
      performance.measure('lockstep:device-load', { start: loading });
      return built;
    },
  );
  return lists;
}
