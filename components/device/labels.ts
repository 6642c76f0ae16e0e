import { t, type MessageKey } from '@/lib/i18n';
import type { AppStore, EchapType, IsdiFlag } from '@/lib/device/types';
import type { DeviceKind } from '@/lib/plan/records';

const DEVICE_LABELS: Record<DeviceKind, MessageKey> = {
  android: 'device_kind_android',
  iphone: 'device_kind_iphone',
  windows: 'device_kind_windows',
  mac: 'device_kind_mac',
  chromebook: 'device_kind_chromebook',
};

const STORE_LABELS: Record<AppStore, MessageKey> = {
  playstore: 'lookup_store_playstore',
  appstore: 'lookup_store_appstore',
  offstore: 'lookup_store_offstore',
};

const FLAG_LABELS: Record<IsdiFlag | EchapType, MessageKey> = {
  stalkerware: 'lookup_flag_stalkerware',
  spyware: 'lookup_flag_spyware',
  'dual-use': 'lookup_flag_dual',
  watchware: 'lookup_flag_watchware',
};

export const deviceLabel = (device: DeviceKind): string => t(DEVICE_LABELS[device]);
export const storeLabel = (store: AppStore): string => t(STORE_LABELS[store]);
export const flagLabel = (flag: IsdiFlag | EchapType): string => t(FLAG_LABELS[flag]);
