import type { AccountKind } from './kinds';

/**
 * What a step does, as far as the other person could tell. `noticeable` follows from these
 * (GUIDANCE.md §1): a step that can lock someone out, stop something reaching them, or send a
 * notice is noticeable. Nothing else decides the flag.
 */
export type StepEffect =
  /** Takes screenshots or notes; changes nothing. */
  | 'records-only'
  /** Looks at settings; changes nothing. */
  | 'reads-only'
  /** Talks with someone who can help (an advocate, IT, the bank); changes nothing by itself. */
  | 'asks-for-help'
  /** Adds something only the person sees (alerts sent to them). */
  | 'adds-protection'
  /** Can lock someone out: a new password, a second step, a removed device, app or user. */
  | 'removes-access'
  /** Can stop something reaching someone: mail, calls, location, photos, money. */
  | 'stops-delivery'
  /** The provider may tell someone: an alert email, a text to every line on the plan. */
  | 'sends-notice';

/** The effects that make a step noticeable. */
export const NOTICEABLE_EFFECTS: ReadonlySet<StepEffect> = new Set<StepEffect>([
  'removes-access',
  'stops-delivery',
  'sends-notice',
]);

/** The rule of GUIDANCE.md §1, the one place the flag is decided. */
export function isNoticeable(effects: readonly StepEffect[]): boolean {
  return effects.some((effect) => NOTICEABLE_EFFECTS.has(effect));
}

/**
 * One step of a reset playbook. Its text lives in the i18n catalogue under
 * `step_<id>_title`, `step_<id>_why` and `step_<id>_how`; a unit test keeps the two in step.
 */
export interface StepSpec {
  /** Unique across the whole playbook, snake_case (it is part of an i18n key). */
  readonly id: string;
  /** What the step does; at least one. */
  readonly effects: readonly StepEffect[];
  /** The other person may notice this change. Derived from `effects`, never written by hand. */
  readonly noticeable: boolean;
  /** Due again at every check-up (sessions, recovery info, forwarding, connected apps…). */
  readonly recurring?: boolean;
  /** Steps that later features enrich from the bundled data. */
  readonly role?: 'change-password' | 'mfa';
}

type StepInput = Omit<StepSpec, 'noticeable'>;

/** A step with its flag derived from its effects. */
function step(input: StepInput): StepSpec {
  return { ...input, noticeable: isNoticeable(input.effects) };
}

// Steps shared by several kinds. A step's id is its identity in stored progress: never rename one.
const DOCUMENT_FIRST: StepSpec = step({ id: 'document_first', effects: ['records-only'] });
const NEW_PASSWORD: StepSpec = step({
  id: 'new_password',
  effects: ['removes-access', 'sends-notice'],
  role: 'change-password',
});
const SIGN_OUT_SESSIONS: StepSpec = step({
  id: 'sign_out_sessions',
  effects: ['removes-access'],
  recurring: true,
});
const TURN_ON_MFA: StepSpec = step({
  id: 'turn_on_mfa',
  effects: ['removes-access', 'sends-notice'],
  recurring: true,
  role: 'mfa',
});
const RECOVERY_INFO: StepSpec = step({
  id: 'recovery_info',
  effects: ['removes-access', 'sends-notice'],
  recurring: true,
});
const TRUSTED_DEVICES: StepSpec = step({
  id: 'remove_trusted_devices',
  effects: ['removes-access'],
  recurring: true,
});
const CONNECTED_APPS: StepSpec = step({
  id: 'connected_apps',
  effects: ['removes-access', 'stops-delivery'],
  recurring: true,
});
const BACKUP_CODES: StepSpec = step({ id: 'backup_codes', effects: ['removes-access'] });
const EMAIL_FORWARDING: StepSpec = step({
  id: 'email_forwarding',
  effects: ['stops-delivery'],
  recurring: true,
});

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
    step({ id: 'email_delegates', effects: ['removes-access', 'stops-delivery'], recurring: true }),
    CONNECTED_APPS,
    TRUSTED_DEVICES,
    BACKUP_CODES,
  ],
  'phone-carrier': [
    NEW_PASSWORD,
    TURN_ON_MFA,
    step({ id: 'carrier_pin', effects: ['removes-access', 'sends-notice'] }),
    step({ id: 'carrier_port_lock', effects: ['removes-access', 'sends-notice'] }),
    step({
      id: 'carrier_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
    }),
    step({
      id: 'carrier_call_forwarding',
      effects: ['stops-delivery', 'removes-access'],
      recurring: true,
    }),
  ],
  'device-cloud': [
    DOCUMENT_FIRST,
    step({ id: 'cloud_location_sharing', effects: ['stops-delivery'], recurring: true }),
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    TRUSTED_DEVICES,
    step({
      id: 'cloud_family_sharing',
      effects: ['removes-access', 'stops-delivery'],
      recurring: true,
    }),
    step({ id: 'cloud_shared_content', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'cloud_find_my', effects: ['removes-access'], recurring: true }),
    step({ id: 'cloud_backups', effects: ['stops-delivery', 'removes-access'], recurring: true }),
    CONNECTED_APPS,
    BACKUP_CODES,
  ],
  banking: [
    NEW_PASSWORD,
    TURN_ON_MFA,
    step({
      id: 'bank_contact_details',
      effects: ['stops-delivery', 'sends-notice'],
      recurring: true,
    }),
    step({
      id: 'bank_authorized_users',
      effects: ['removes-access', 'sends-notice'],
      recurring: true,
    }),
    step({ id: 'bank_payees', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'bank_alerts', effects: ['adds-protection'] }),
    step({ id: 'bank_phone_password', effects: ['removes-access'] }),
  ],
  social: [
    DOCUMENT_FIRST,
    NEW_PASSWORD,
    SIGN_OUT_SESSIONS,
    TURN_ON_MFA,
    RECOVERY_INFO,
    step({
      id: 'social_linked_devices',
      effects: ['removes-access', 'stops-delivery'],
      recurring: true,
    }),
    CONNECTED_APPS,
    step({ id: 'social_privacy', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'social_block_or_restrict', effects: ['stops-delivery', 'sends-notice'] }),
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
    step({ id: 'work_tell_it', effects: ['asks-for-help'] }),
    NEW_PASSWORD,
    TURN_ON_MFA,
    SIGN_OUT_SESSIONS,
    step({ id: 'work_personal_devices', effects: ['removes-access'] }),
  ],
  shopping: [
    NEW_PASSWORD,
    TURN_ON_MFA,
    SIGN_OUT_SESSIONS,
    step({ id: 'shop_addresses', effects: ['stops-delivery'], recurring: true }),
    step({ id: 'shop_payment_cards', effects: ['removes-access'] }),
    step({ id: 'shop_household', effects: ['removes-access', 'stops-delivery'] }),
  ],
  other: [NEW_PASSWORD, TURN_ON_MFA, SIGN_OUT_SESSIONS, RECOVERY_INFO, CONNECTED_APPS],
};

/** The steps for an account of this kind, in the order to do them. */
export function stepsFor(kind: AccountKind): readonly StepSpec[] {
  return PLAYBOOK[kind];
}
