import type { MessageKey } from '@/lib/i18n';
import type {
  DeviceRecordKind,
  PasscodeKnown,
  SetUpBy,
  SharedAccount,
} from '@/lib/device/device-record';
import type { Holder } from '@/lib/plan/records';

/** The words for each answer of the device form. */
export const KIND_LABELS: Readonly<Record<DeviceRecordKind, MessageKey>> = {
  iphone: 'device_kind_iphone',
  android: 'device_kind_android',
  windows: 'device_kind_windows',
  mac: 'device_kind_mac',
  chromebook: 'device_kind_chromebook',
  other: 'device_kind_other',
};

export const HOLDER_LABELS: Readonly<Record<Holder, MessageKey>> = {
  me: 'device_holder_me',
  them: 'device_holder_them',
  both: 'device_holder_both',
  'not-sure': 'look_answer_not_sure',
};

export const SET_UP_LABELS: Readonly<Record<SetUpBy, MessageKey>> = {
  me: 'device_set_up_me',
  them: 'device_set_up_them',
  'someone-else': 'device_set_up_someone_else',
  'not-sure': 'look_answer_not_sure',
};

export const PASSCODE_LABELS: Readonly<Record<PasscodeKnown, MessageKey>> = {
  yes: 'device_passcode_yes',
  maybe: 'device_passcode_maybe',
  no: 'device_passcode_no',
  'not-sure': 'look_answer_not_sure',
};

export const SHARED_LABELS: Readonly<Record<SharedAccount, MessageKey>> = {
  no: 'device_shared_no',
  shared: 'device_shared_shared',
  'family-them': 'device_shared_family_them',
  'family-other': 'device_shared_family_other',
  'not-sure': 'look_answer_not_sure',
};
