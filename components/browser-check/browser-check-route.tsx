import { useMemo } from 'preact/hooks';
import { usePlanStore } from '../common/store-context';
import { createStoredDeviceRecords, DeviceRecordsContext } from '../device/device-records';
import { BrowserCheckPage } from './browser-check-page';

/** The "This browser" page, its findings kept with the plan beside the device check's. */
export function BrowserCheckRoute() {
  const store = usePlanStore();
  const records = useMemo(() => createStoredDeviceRecords(store), [store]);
  return (
    <DeviceRecordsContext.Provider value={records}>
      <BrowserCheckPage />
    </DeviceRecordsContext.Provider>
  );
}
