import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadDeviceLists } from '@/lib/device/load';
import type { DeviceLists } from '@/lib/device/lists';

/** How the device page gets the app lists: loaded lazily; tests may hand in their own. */
export const DeviceListsContext = createContext<() => Promise<DeviceLists>>(loadDeviceLists);

/** The app lists once loaded (null until then, or if they could not load: `failed`). */
export function useDeviceLists(): { lists: DeviceLists | null; failed: boolean } {
  const load = useContext(DeviceListsContext);
  const [state, setState] = useState<{ lists: DeviceLists | null; failed: boolean }>({
    lists: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    load().then(
      (lists) => live && setState({ lists, failed: false }),
      () => live && setState({ lists: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
