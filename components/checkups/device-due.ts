import type { DeviceRecord, PasscodeKnown } from '@/lib/device/device-record';
import { t, type MessageKey } from '@/lib/i18n';
import type { Holder } from '@/lib/plan/records';

const HOLDER: { readonly [H in Holder]: MessageKey } = {
  me: 'checkup_device_holder_me',
  them: 'checkup_device_holder_them',
  both: 'checkup_device_holder_both',
  'not-sure': 'checkup_device_holder_not_sure',
};

const PASSCODE: { readonly [P in PasscodeKnown]: MessageKey } = {
  yes: 'checkup_device_passcode_yes',
  maybe: 'checkup_device_passcode_maybe',
  no: 'checkup_device_passcode_no',
  'not-sure': 'checkup_device_passcode_not_sure',
};

/**
 * A device record asked about again in a check-up (issue 30): what its answers say now, as a
 * question, and how to check. A changed answer is changed on the Devices page.
 */
export function deviceDueText(device: DeviceRecord | undefined): { label: string; how: string } {
  if (!device) return { label: '', how: '' };
  return {
    label: t('checkup_device_still_true', [
      device.label,
      t(HOLDER[device.holder]),
      t(PASSCODE[device.passcodeKnown]),
    ]),
    how: t('checkup_device_how'),
  };
}
