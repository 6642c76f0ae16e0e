import { stepApplies } from './account-steps';
import { ACCOUNT_KINDS, type AccountKind } from './kinds';
import { stepsFor } from './playbook';
import type { PlanBranch, StepSpec, Vendor } from './step-spec';
import { VENDORS, vendorHowFor } from './vendor-how';

/**
 * Issue 31's word measures, defined once (pure; the catalogue is passed in). Words count a
 * step's title, why and how as one vendor sees them: the warning and the folded parts for
 * other vendors are not counted.
 */
export type Lookup = (key: string) => string;

const BRANCHES: readonly PlanBranch[] = ['mine', 'theirs', 'ask'];

/** Words as the readability fixture counts them: runs of non-space. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** One step's words for a reader of this vendor's account. */
export function stepWords(step: StepSpec, vendor: Vendor, text: Lookup): number {
  const own = ['title', 'why', 'how'].map((part) => text(`step_${step.id}_${part}`));
  const extra = vendorHowFor(step, vendor).map((p) => text(p.key));
  return [...own, ...extra].reduce((n, words) => n + countWords(words), 0);
}

/** A kind's words as one vendor (and, for a phone carrier, one branch) sees them. */
export function kindWords(
  kind: AccountKind,
  vendor: Vendor,
  branch: PlanBranch,
  text: Lookup,
): number {
  return stepsFor(kind)
    .filter((s) => stepApplies(s, branch, vendor))
    .reduce((n, s) => n + stepWords(s, vendor, text), 0);
}

/** The longest view of a kind: the most words over every vendor and branch. */
export function maxKindWords(kind: AccountKind, text: Lookup): number {
  return Math.max(...VENDORS.flatMap((v) => BRANCHES.map((b) => kindWords(kind, v, b, text))));
}

/** `playbook_words_device_cloud_vendor`: the device-and-cloud kind for each vendor. */
export function deviceCloudWords(text: Lookup): Record<Vendor, number> {
  return Object.fromEntries(
    VENDORS.map((v) => [v, kindWords('device-cloud', v, 'mine', text)]),
  ) as Record<Vendor, number>;
}

/** `playbook_words_max_kind`: every kind's longest view, and the longest of all. */
export function wordsPerKind(text: Lookup): {
  readonly perKind: Readonly<Record<AccountKind, number>>;
  readonly max: number;
} {
  const perKind = Object.fromEntries(ACCOUNT_KINDS.map((k) => [k, maxKindWords(k, text)]));
  return {
    perKind: perKind as Record<AccountKind, number>,
    max: Math.max(...Object.values(perKind)),
  };
}
