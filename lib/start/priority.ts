import type { ReachGraph } from '../assessment/reach';
import { resetOrder } from '../assessment/order';
import type { AccountKind } from '../plan/kinds';
import type { Account } from '../plan/types';
import {
  deviceMayBeKnown,
  fearsBeingFound,
  livesWithThem,
  KNOWS_KINDS,
  LOCATION_KINDS,
  WORRY_KINDS,
  type StartAnswers,
} from './answers';
import { resetters, withAncestors } from './resets';

/**
 * An order that starts where the danger is (pure). The start's answers say what comes first;
 * within that, and for everything else, the look's "what can reset what" stands: an account
 * never comes before one that can reset it, unless the two form a cycle.
 */

/** What the plan starts with, most urgent first; 'reset' is today's order and always last. */
export type Focus = 'device' | 'location' | 'document' | 'reset';

export interface StartInput {
  /** The start's answers, or null when skipped. */
  readonly answers: StartAnswers | null;
  /**
   * Whether a phone or computer may be known to the other person. Defaults to what the answers
   * say ("they know my passcode", "they had my phone"); device records can feed it later.
   */
  readonly devicesMayBeKnown?: boolean;
}

/** What the answers put first. Sources: lib/start/answers.ts. */
export function startFocus({ answers, devicesMayBeKnown }: StartInput): Focus[] {
  const focus: Focus[] = [];
  if (devicesMayBeKnown ?? (answers !== null && deviceMayBeKnown(answers))) focus.push('device');
  if (answers && fearsBeingFound(answers)) focus.push('location');
  if (answers && livesWithThem(answers)) focus.push('document');
  focus.push('reset');
  return focus;
}

/** The kinds of account brought forward for each focus, first first. */
const FOCUS_KINDS: { readonly [F in Focus]: readonly AccountKind[] } = {
  // The Apple or Google account behind the phone: on an iPhone, the device passcode is enough
  // to change the Apple Account password ("Enter your current password or device passcode"):
  // Apple, "Change your Apple Account password", https://support.apple.com/101567
  device: ['device-cloud'],
  location: LOCATION_KINDS,
  document: [],
  reset: [],
};

/**
 * The kinds to bring forward, first first: what the focus puts first, then the kinds each
 * "what worries you" answer points to, then each "how do they know" answer's (answers.ts).
 */
export function forwardKinds(focus: readonly Focus[], answers: StartAnswers | null): AccountKind[] {
  const fromAnswers = answers
    ? [
        ...answers.worries.flatMap((w) => WORRY_KINDS[w]),
        ...answers.knows.flatMap((k) => KNOWS_KINDS[k]),
      ]
    : [];
  return [...new Set([...focus.flatMap((f) => FOCUS_KINDS[f]), ...fromAnswers])];
}

export interface StartOrder {
  readonly ordered: readonly Account[];
  readonly cycles: readonly (readonly Account[])[];
  readonly focus: readonly Focus[];
}

/**
 * The plan in the order the start suggests: the accounts each focus brings forward, each after
 * every account that can reset it (those come forward with it), then the rest in reset order.
 */
export function startOrder(
  accounts: readonly Account[],
  graph: ReachGraph,
  input: StartInput,
): StartOrder {
  const focus = startFocus(input);
  const base = resetOrder(accounts, graph);
  const kinds = forwardKinds(focus, input.answers);
  if (kinds.length === 0) return { ordered: base.ordered, cycles: base.cycles, focus };
  const rank = (a: Account) => kinds.indexOf(a.kind);
  const forward = base.ordered.filter((a) => rank(a) >= 0).sort((a, b) => rank(a) - rank(b)); // stable: base order within a kind
  const into = resetters(graph);
  const taken = new Set<string>();
  const ordered: Account[] = [];
  for (const account of forward) {
    if (taken.has(account.id)) continue;
    const group = withAncestors(account.id, into);
    for (const a of base.ordered)
      if (group.has(a.id) && !taken.has(a.id)) {
        taken.add(a.id);
        ordered.push(a);
      }
  }
  for (const a of base.ordered) if (!taken.has(a.id)) ordered.push(a);
  return { ordered, cycles: base.cycles, focus };
}
