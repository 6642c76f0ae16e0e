import type { AccountKind } from './kinds';

/**
 * One step of a reset playbook. Its text lives in the i18n catalogue under
 * `step_<id>_title`, `step_<id>_why` and `step_<id>_how`; a unit test keeps the two in step.
 */
export interface StepSpec {
  /** Unique across the whole playbook, snake_case (it is part of an i18n key). */
  readonly id: string;
  /** The other person may notice this change (an alert email, a signed-out device…). */
  readonly noticeable?: boolean;
  /** Due again at every check-up (sessions, recovery info, forwarding, connected apps…). */
  readonly recurring?: boolean;
  /** Steps that later features enrich from the bundled data. */
  readonly role?: 'change-password' | 'mfa';
}

// Steps shared by several kinds. A step's id is its identity in stored progress: never rename one.
const DOCUMENT_FIRST: StepSpec = { id: 'document_first' };
const NEW_PASSWORD: StepSpec = { id: 'new_password', noticeable: true, role: 'change-password' };
const SIGN_OUT_SESSIONS: StepSpec = { id: 'sign_out_sessions', noticeable: true, recurring: true };
const TURN_ON_MFA: StepSpec = { id: 'turn_on_mfa', recurring: true, role: 'mfa' };
const RECOVERY_INFO: StepSpec = { id: 'recovery_info', noticeable: true, recurring: true };
const TRUSTED_DEVICES: StepSpec = {
  id: 'remove_trusted_devices',
  noticeable: true,
  recurring: true,
};
const CONNECTED_APPS: StepSpec = { id: 'connected_apps', recurring: true };
const BACKUP_CODES: StepSpec = { id: 'backup_codes' };
const EMAIL_FORWARDING: StepSpec = { id: 'email_forwarding', recurring: true };

/**
 * What to do for each kind of account, in order. Documenting comes before any change; the new
 * password comes before signing others out (or they sign back in with the old one); recovery
 * details come right after the second step, since whoever holds them can undo everything else.
 */
export const PLAYBOOK: Readonly<Record<AccountKind, readonly StepSpec[]>> = {
  'primary-email': [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    EMAIL_FORWARDING,
    { id: 'email_delegates', noticeable: true, recurring: true },
    CONNECTED_APPS,
    TRUSTED_DEVICES,
    BACKUP_CODES,
  ],
  'phone-carrier': [
    NEW_PASSWORD,
    TURN_ON_MFA,
    { id: 'carrier_pin', noticeable: true },
    { id: 'carrier_port_lock' },
    { id: 'carrier_authorized_users', noticeable: true, recurring: true },
    { id: 'carrier_call_forwarding', recurring: true },
  ],
  'device-cloud': [
    DOCUMENT_FIRST,
    { id: 'cloud_location_sharing', noticeable: true, recurring: true },
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    TRUSTED_DEVICES,
    { id: 'cloud_family_sharing', noticeable: true, recurring: true },
    { id: 'cloud_shared_content', noticeable: true, recurring: true },
    { id: 'cloud_find_my', recurring: true },
    { id: 'cloud_backups', recurring: true },
    CONNECTED_APPS,
    BACKUP_CODES,
  ],
  banking: [
    NEW_PASSWORD,
    TURN_ON_MFA,
    { id: 'bank_contact_details', noticeable: true, recurring: true },
    { id: 'bank_authorized_users', noticeable: true, recurring: true },
    { id: 'bank_payees', recurring: true },
    { id: 'bank_alerts' },
    { id: 'bank_phone_password' },
  ],
  social: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    { id: 'social_linked_devices', noticeable: true, recurring: true },
    CONNECTED_APPS,
    { id: 'social_privacy', recurring: true },
    { id: 'social_block_or_restrict', noticeable: true },
  ],
  'other-email': [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    EMAIL_FORWARDING,
    CONNECTED_APPS,
  ],
  work: [
    { id: 'work_tell_it' },
    NEW_PASSWORD,
    TURN_ON_MFA,
    SIGN_OUT_SESSIONS,
    { id: 'work_personal_devices', noticeable: true },
  ],
  shopping: [
    NEW_PASSWORD,
    TURN_ON_MFA,
    SIGN_OUT_SESSIONS,
    { id: 'shop_addresses', recurring: true },
    { id: 'shop_payment_cards' },
    { id: 'shop_household', noticeable: true },
  ],
  other: [NEW_PASSWORD, TURN_ON_MFA, SIGN_OUT_SESSIONS, RECOVERY_INFO, CONNECTED_APPS],
};

/** The steps for an account of this kind, in the order to do them. */
export function stepsFor(kind: AccountKind): readonly StepSpec[] {
  return PLAYBOOK[kind];
}
