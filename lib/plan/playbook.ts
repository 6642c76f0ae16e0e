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

/** PLACEHOLDER: being written; every kind gets its full playbook. */
export const PLAYBOOK: Readonly<Record<AccountKind, readonly StepSpec[]>> = {
  'primary-email': [{ id: 'email_document' }, { id: 'new_password', noticeable: true, role: 'change-password' }],
  'phone-carrier': [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  'device-cloud': [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  banking: [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  social: [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  'other-email': [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  work: [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  shopping: [{ id: 'new_password', noticeable: true, role: 'change-password' }],
  other: [{ id: 'new_password', noticeable: true, role: 'change-password' }],
};

/** The steps for an account of this kind, in the order to do them. */
export function stepsFor(kind: AccountKind): readonly StepSpec[] {
  return PLAYBOOK[kind];
}
