import type { Reach } from '../assessment/reach';
import type { Account } from '../plan/types';
import { LOCATION_KINDS } from './answers';
import type { Focus } from './priority';

/**
 * "Three things to do first" (pure): from the start's focus and the look's graph, never a
 * verdict. Each thing carries one reason the page words in a line ("your answers say…").
 */
export type Thing =
  /** Check the phone or computer first: the answers say they may know it. */
  | { readonly kind: 'device' }
  /** Write down what happened before changing anything: they live together. */
  | { readonly kind: 'document' }
  /** Plan the changes, and the moment their access ends, with an advocate. */
  | { readonly kind: 'advocate' }
  /** No account shows where the person is yet: add the ones that may. */
  | { readonly kind: 'add-location' }
  /** They post or act as the person: the impersonation journey (document, report, help). */
  | { readonly kind: 'impersonation' }
  | {
      readonly kind: 'account';
      readonly id: string;
      readonly why: AccountWhy;
      /** For 'resets-others': how many accounts of the plan it can reset. */
      readonly count?: number;
    };

/** Why an account is among the first three. */
export type AccountWhy = 'location' | 'way-in' | 'resets-others' | 'next-in-order';

export interface ThingsInput {
  /** The plan in the start's order (lib/start/priority.ts). */
  readonly ordered: readonly Account[];
  readonly focus: readonly Focus[];
  /** The look's reach per account id (lib/assessment/reach.ts). */
  readonly reach: ReadonlyMap<string, Reach>;
  /** Per account id, how many accounts of the plan it can reset. */
  readonly resets: ReadonlyMap<string, number>;
  /** The person said they post or act as them ("what worries you most"). */
  readonly actsAsMe?: boolean;
}

/** The first three things, most urgent first. */
export function threeThings({ ordered, focus, reach, resets, actsAsMe }: ThingsInput): Thing[] {
  const things: Thing[] = [];
  const used = new Set<string>();
  const account = (a: Account, why: AccountWhy) => {
    used.add(a.id);
    const count = resets.get(a.id) ?? 0;
    things.push(
      why === 'resets-others'
        ? { kind: 'account', id: a.id, why, count }
        : { kind: 'account', id: a.id, why },
    );
  };
  if (focus.includes('device')) things.push({ kind: 'device' });
  if (focus.includes('location')) {
    const found = ordered.find((a) => LOCATION_KINDS.includes(a.kind));
    if (found) account(found, 'location');
    else things.push({ kind: 'add-location' });
  }
  if (focus.includes('document')) things.push({ kind: 'document' }, { kind: 'advocate' });
  if (actsAsMe) things.push({ kind: 'impersonation' });
  for (const a of ordered) {
    if (things.length >= 3) break;
    if (used.has(a.id)) continue;
    if (reach.get(a.id)?.state === 'path') account(a, 'way-in');
    else if ((resets.get(a.id) ?? 0) > 0) account(a, 'resets-others');
    else account(a, 'next-in-order');
  }
  return things.slice(0, 3);
}

/** How many accounts each account can reset, from "who can reset whom". */
export function resetCounts(into: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const froms of into.values())
    for (const from of froms) counts.set(from, (counts.get(from) ?? 0) + 1);
  return counts;
}
