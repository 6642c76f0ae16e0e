import { providerOf } from '../assessment/provider';
import type { AccountChoices, PlanRunBy } from './account-choices';
import type { AccountKind } from './kinds';
import { stepsFor } from './playbook';
import type { PlanBranch, StepSpec, Vendor } from './step-spec';

/** What decides which of a kind's steps an account shows. */
export interface StepsContext {
  readonly kind: AccountKind;
  /** The site as the person typed it (a URL, a host or empty). */
  readonly site: string;
}

/**
 * The vendor (Apple, Google, Microsoft) a site belongs to, from its host or any parent of it:
 * "mail.google.com" and "https://www.icloud.com/" both count. Undefined when unknown.
 */
export function vendorOfSite(site: string | undefined): Vendor | undefined {
  const text = (site ?? '').trim().toLowerCase();
  if (!text) return undefined;
  const host = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/:?#]/)[0] ?? '';
  const labels = host.replace(/\.+$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const vendor = providerOf(labels.slice(i).join('.'));
    if (vendor) return vendor;
  }
  return undefined;
}

/** The carrier branch: the person's own plan, the other person's, or ask first. */
export function planBranch(runBy: PlanRunBy | undefined): PlanBranch {
  return runBy === 'me' ? 'mine' : runBy === 'them' ? 'theirs' : 'ask';
}

/** Whether a step applies to this account (its branch; its vendor, when the site names one). */
export function stepApplies(step: StepSpec, branch: PlanBranch, vendor?: Vendor): boolean {
  const { plan, vendors } = step.when ?? {};
  if (plan && !plan.includes(branch)) return false;
  return !vendors || !vendor || vendors.includes(vendor);
}

/**
 * The steps this account shows, in order: its kind's playbook for its vendor and, for a phone
 * carrier, for whose plan it is. Steps of other branches keep their stored progress.
 */
export function stepsForAccount(
  account: StepsContext,
  choices?: Pick<AccountChoices, 'planRunBy'>,
): StepSpec[] {
  const branch = planBranch(choices?.planRunBy);
  const vendor = vendorOfSite(account.site);
  return stepsFor(account.kind).filter((s) => stepApplies(s, branch, vendor));
}
