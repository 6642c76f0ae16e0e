import { useMemo } from 'preact/hooks';
import { usePlanStore } from '../common/store-context';
import { DevicePage } from './device-page';
import { createStoredDeviceRecords, DeviceRecordsContext } from './device-records';

/** The device check page, its marks and findings kept with the plan. */
export function DeviceRoute() {
  const store = usePlanStore();
  const records = useMemo(() => createStoredDeviceRecords(store), [store]);
  return (
    <DeviceRecordsContext.Provider value={records}>
      <DevicePage />
    </DeviceRecordsContext.Provider>
  );
}
