import type { PageEntry } from '../common/page-registry';

/** The device check: guided checks per device and the app lookup (its lists load with it). */
export const DEVICE_PAGES: readonly PageEntry[] = [
  {
    name: 'device',
    nav: { label: 'nav_device', order: 35 },
    openWhileLocked: false,
    // Its marks and findings are kept with the plan.
    showsPlanData: true,
    header: true,
    page: { load: () => import('./device-route').then((m) => m.DeviceRoute) },
  },
];
