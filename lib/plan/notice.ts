import type { Provider } from '../assessment/provider';
import { vendorOfSite } from './account-steps';
import type { StepSpec } from './step-spec';

/** What the warning says, from the step's declared effects (GUIDANCE.md §1) and vendor facts. */
export type NoticeWording =
  /** A vendor page confirms who is told (the key names the vendor and the change). */
  | 'vendor'
  /** The site may send an alert; we don't know whether the other person gets it. */
  | 'unknown'
  /** Something stops reaching them: they may notice when it stops. */
  | 'delivery'
  /** No alert we know of: they would notice only if they looked or tried to sign in. */
  | 'look';

export interface Notice {
  readonly wording: NoticeWording;
  /** The i18n key of the sentence. */
  readonly key: string;
}

/**
 * Alerts a vendor's own page confirms, by step id. Leave out what no vendor page confirms.
 * Google "sends you an email any time your password is changed or one of your password recovery
 * options (your backup email, security question, or phone number) has been added, removed, or
 * updated": https://support.google.com/accounts/answer/2450236 ; it writes to "your main and
 * recovery email addresses": https://support.google.com/accounts/answer/2733203
 * Microsoft: removing all security info starts a 30-day wait, and the old contacts are alerted
 * and can cancel: https://support.microsoft.com/en-za/help/4057241
 */
const VENDOR_NOTICES: Readonly<Record<Provider, Readonly<Record<string, string>>>> = {
  google: {
    new_password: 'stepui_notice_google_change',
    recovery_info: 'stepui_notice_google_change',
  },
  microsoft: { recovery_info: 'stepui_notice_microsoft_recovery' },
  apple: {},
};

const EFFECT_KEYS: Readonly<Record<Exclude<NoticeWording, 'vendor'>, string>> = {
  unknown: 'stepui_notice_unknown',
  delivery: 'stepui_notice_delivery',
  look: 'stepui_notice_look',
};

/** What the other person may see if this step is done, for an account on `site`. */
export function noticeOf(step: StepSpec, site?: string): Notice {
  const provider = vendorOfSite(site);
  const vendorKey = provider && VENDOR_NOTICES[provider][step.id];
  if (vendorKey) return { wording: 'vendor', key: vendorKey };
  const wording: Exclude<NoticeWording, 'vendor'> = step.effects.includes('sends-notice')
    ? 'unknown'
    : step.effects.includes('stops-delivery')
      ? 'delivery'
      : 'look';
  return { wording, key: EFFECT_KEYS[wording] };
}

/** The noticeable steps whose warning is still the generic "we don't know" sentence. */
export function genericNoticeSteps(steps: readonly StepSpec[], site?: string): StepSpec[] {
  return steps.filter((s) => s.noticeable && noticeOf(s, site).wording === 'unknown');
}
