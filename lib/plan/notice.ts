import type { StepSpec } from './step-spec';
import { vendorNoticeKey } from './vendor-notices';

/** What the warning says, from the step's declared effects (GUIDANCE.md §1) and vendor facts. */
export type NoticeWording =
  /** The site's own page says who is told, or that no one is (lib/plan/vendor-notices.ts). */
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

const EFFECT_KEYS: Readonly<Record<Exclude<NoticeWording, 'vendor'>, string>> = {
  unknown: 'stepui_notice_unknown',
  delivery: 'stepui_notice_delivery',
  look: 'stepui_notice_look',
};

/** What the other person may see if this step is done, for an account on `site`. */
export function noticeOf(step: StepSpec, site?: string): Notice {
  const vendorKey = vendorNoticeKey(step.id, site);
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
