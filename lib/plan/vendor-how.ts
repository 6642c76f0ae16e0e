import type { StepSpec, Vendor } from './step-spec';

export const VENDORS: readonly Vendor[] = ['apple', 'google', 'microsoft'];

/**
 * Steps whose how-to has a part for one vendor, in `step_<id>_how_<vendor>` (issue 31 item 5).
 * An account whose site names the vendor reads only its part; an unknown site reads each part
 * folded under the vendor's name. The sources stay beside the steps in the playbook files.
 */
export const VENDOR_HOW: Readonly<Record<string, readonly Vendor[]>> = {
  cloud_location_and_devices: ['apple', 'google', 'microsoft'],
  recovery_info: ['microsoft'],
  sign_out_sessions: ['google', 'microsoft'],
  backup_codes: ['microsoft'],
  cloud_family_sharing: ['google', 'microsoft'],
  cloud_sharing_and_sync: ['apple', 'google'],
};

export interface VendorHow {
  readonly vendor: Vendor;
  /** The i18n key of this vendor's part. */
  readonly key: string;
}

/** The vendor parts a step shows: only the account's vendor's, or every one when unknown. */
export function vendorHowFor(step: Pick<StepSpec, 'id'>, vendor: Vendor | undefined): VendorHow[] {
  const parts = VENDOR_HOW[step.id] ?? [];
  return parts
    .filter((v) => vendor === undefined || v === vendor)
    .map((v) => ({ vendor: v, key: `step_${step.id}_how_${v}` }));
}
