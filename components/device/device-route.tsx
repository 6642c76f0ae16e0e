import { DevicePage } from './device-page';

/** The device check page (it needs nothing from the route). */
export function DeviceRoute() {
  return <DevicePage />;
}
