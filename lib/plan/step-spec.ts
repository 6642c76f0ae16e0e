import type { Provider } from '../assessment/provider';

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
 * The steps to do together, in one sitting, in this order (GUIDANCE.md §2, issue 31): first remove
 * mail forwarding and rules you did not set (so the "password changed" mail cannot reach them, and
 * removing them does not tip off someone who still knows the password). Providers send an
 * alert when the password or the recovery details change; if the other person holds the
 * recovery email or phone, any pause between these steps gives them a window to reset the
 * account back.
 */
export const SITTING_ORDER = ['rules', 'new-password', 'recovery', 'sign-out', 'two-step'] as const;
export type SittingPart = (typeof SITTING_ORDER)[number];

/** Which branch of a phone-carrier playbook a step belongs to (lib/plan/account-steps.ts). */
export type PlanBranch = 'mine' | 'theirs' | 'ask';

/** Where a step applies; a step without it applies to every account of its kind. */
export interface StepWhen {
  /** Phone carrier: shown only on these branches (whose plan it is). */
  readonly plan?: readonly PlanBranch[];
  /** Shown only for these vendors' accounts (and, folded, when the vendor is unknown). */
  readonly vendors?: readonly Vendor[];
}

/** Apple, Google or Microsoft (lib/assessment/provider.ts reads it from a site). */
export type Vendor = Provider;

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
  /** Part of the one sitting (rules → new password → recovery → sign out → two-step), and which. */
  readonly sitting?: SittingPart;
  /** Due again at every check-up (sessions, recovery info, forwarding, connected apps…). */
  readonly recurring?: boolean;
  /** Steps that later features enrich from the bundled data. */
  readonly role?: 'change-password' | 'mfa';
  /** Only on some branches or for some vendors. */
  readonly when?: StepWhen;
}

export type StepInput = Omit<StepSpec, 'noticeable'>;

/** A step with its flag derived from its effects. */
export function step(input: StepInput): StepSpec {
  return { ...input, noticeable: isNoticeable(input.effects) };
}
