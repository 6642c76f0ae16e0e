import type { Account } from '../plan/types';
import type { DeviceRecord } from '../device/device-record';
import type { Assessment, PhoneLine } from '../plan/records';
import { accountsBehindUnsureDevices, deviceEdges } from './device-edges';
import { waysIn } from './ways';

/**
 * Who can still get in, from the look-first answers (pure: no DOM, no storage).
 *
 * The graph's nodes are the plan's accounts, its phone lines, its devices and the other person.
 * An edge X → Y says "whoever controls X can get into (or reset) Y": a recovery email, a recovery
 * phone, a "sign in with" account, the carrier account behind a line, the device a line's codes
 * come to or an account is signed in on; and from the other person, each way in the answers give
 * them (to an account, a line or a device). The answers are the one source of truth: nothing here guesses.
 */

export type Node =
  | { readonly kind: 'them' }
  | { readonly kind: 'account'; readonly id: string }
  | { readonly kind: 'line'; readonly id: string }
  | { readonly kind: 'device'; readonly id: string };

/** How one node gets into the next. */
export type Via =
  /** them → account: they know (or may guess) the password. */
  | 'knows-password'
  /** them → account: they hold a passkey or a second step that signs in alone. */
  | 'holds-passkey'
  /** them → account: shared with them on purpose. */
  | 'shared'
  /** them → account: they could answer its security questions. */
  | 'security-questions'
  /** them → account: a device or session there that the person does not recognize. */
  | 'unknown-device'
  /** them → account: they can reach its recovery email, which is not in the plan. */
  | 'reaches-recovery-email'
  /** them → line: the line is on their phone plan, or a shared one. */
  | 'their-plan'
  /** account → account: the first is the second's recovery email. */
  | 'recovery-email'
  /** line → account: the line is the account's recovery phone. */
  | 'recovery-phone'
  /** account → account: the second signs in with the first. */
  | 'sign-in-with'
  /** account → line: the carrier account controls the line. */
  | 'controls-line'
  /** them → device: they know, or may know, its passcode. */
  | 'knows-passcode'
  /** them → device: they have the device, or share it. */
  | 'holds-device'
  /** them → device: it is signed in to an Apple or Google account they share. */
  | 'shares-device-account'
  /** them → device: they organize the Apple or Google family group it is in. */
  | 'family-organizer'
  /** device → line: the device gets the line's texts and calls (its codes). */
  | 'device-gets-texts'
  /** device → account: the account is signed in on the device. */
  | 'signed-in-on';

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly via: Via;
}

export const THEM = 'them';
export const accountNode = (id: string): string => `a:${id}`;
export const lineNode = (id: string): string => `l:${id}`;

/** The look-first questions that, unanswered or "not sure", leave a way in unknown. */
export type OpenQuestion =
  | 'knowsPassword'
  | 'recoveryEmail'
  | 'recoveryPhone'
  | 'secondSteps'
  | 'securityQuestions'
  | 'unknownDevices'
  | 'sharedOnPurpose'
  | 'lineOwner'
  /** A device that can get in has "not sure" answers. */
  | 'device';

export interface ReachGraph {
  readonly edges: readonly Edge[];
  /** Per account id: the questions whose answers are missing or "not sure". */
  readonly open: ReadonlyMap<string, readonly OpenQuestion[]>;
}

/** A second step that lets the holder in without the password. */
const SIGNS_IN_ALONE = new Set(['passkey']);

/** The graph the answers describe. Answers pointing at records no longer there are ignored. */
export function buildReachGraph(
  accounts: readonly Account[],
  assessments: readonly Assessment[],
  lines: readonly PhoneLine[],
  devices: readonly DeviceRecord[] = [],
): ReachGraph {
  const accountIds = new Set(accounts.map((a) => a.id));
  const lineIds = new Set(lines.map((l) => l.id));
  const edges: Edge[] = [];
  const open = new Map<string, OpenQuestion[]>();
  const add = (from: string, to: string, via: Via) => edges.push({ from, to, via });

  for (const line of lines) {
    if (line.owner === 'theirs' || line.owner === 'shared')
      add(THEM, lineNode(line.id), 'their-plan');
    if (line.carrierAccountId && accountIds.has(line.carrierAccountId))
      add(accountNode(line.carrierAccountId), lineNode(line.id), 'controls-line');
  }
  edges.push(...deviceEdges(devices, accountIds, lineIds, THEM));
  const byAccount = new Map(assessments.map((a) => [a.accountId, a]));
  for (const account of accounts) {
    const target = accountNode(account.id);
    const answers = byAccount.get(account.id);
    const questions: OpenQuestion[] = [];
    open.set(account.id, questions);
    if (!answers) {
      questions.push('knowsPassword', 'recoveryEmail', 'recoveryPhone', 'secondSteps');
      continue;
    }
    const yes = (answer: string | undefined, via: Via, question: OpenQuestion) => {
      if (answer === 'yes') add(THEM, target, via);
      else if (answer !== 'no') questions.push(question);
    };
    yes(answers.knowsPassword, 'knows-password', 'knowsPassword');
    yes(answers.securityQuestions, 'security-questions', 'securityQuestions');
    yes(answers.unknownDevices, 'unknown-device', 'unknownDevices');
    yes(answers.sharedOnPurpose, 'shared', 'sharedOnPurpose');

    const email = answers.recoveryEmailId;
    if (email && accountIds.has(email) && email !== account.id)
      add(accountNode(email), target, 'recovery-email');
    else if (answers.recoveryEmailReachable === 'yes') add(THEM, target, 'reaches-recovery-email');
    else if (answers.recoveryEmailReachable !== 'no') questions.push('recoveryEmail');

    const line = answers.recoveryLineId;
    if (line && lineIds.has(line)) {
      add(lineNode(line), target, 'recovery-phone');
      if (lines.find((l) => l.id === line)?.owner === 'not-sure') questions.push('lineOwner');
    }
    const via = answers.signInWithId;
    if (via && accountIds.has(via) && via !== account.id)
      add(accountNode(via), target, 'sign-in-with');

    for (const step of answers.secondSteps) {
      if (step.holder === 'not-sure') questions.push('secondSteps');
      else if (
        (step.holder === 'them' || step.holder === 'both') &&
        SIGNS_IN_ALONE.has(step.method)
      )
        add(THEM, target, 'holds-passkey');
      if (step.lineId && lineIds.has(step.lineId) && step.method === 'text-or-call')
        add(lineNode(step.lineId), target, 'recovery-phone');
    }
  }
  for (const id of accountsBehindUnsureDevices(devices, edges)) open.get(id)?.push('device');
  return { edges, open };
}

/** What the look says of one account. Never "safe": at most "no way in found from the answers". */
export type Reach =
  | {
      readonly state: 'path';
      /** The shortest way in. */
      readonly path: readonly Edge[];
      /** Every way in the answers give, shortest first (the first is `path`). */
      readonly ways: readonly (readonly Edge[])[];
    }
  | {
      readonly state: 'unknown';
      /** This account's own questions not answered yet. */
      readonly open: readonly OpenQuestion[];
      /** Accounts that can reset this one and still have open questions. */
      readonly through: readonly string[];
    }
  | { readonly state: 'none-found' };

/** Who points at each node: the graph's edges reversed. */
function reverse(edges: readonly Edge[]): Map<string, string[]> {
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    const list = into.get(edge.to);
    if (list) list.push(edge.from);
    else into.set(edge.to, [edge.from]);
  }
  return into;
}

/** Every node that can reach `node` (its ancestors), itself excluded. */
function ancestors(into: ReadonlyMap<string, readonly string[]>, node: string): Set<string> {
  const seen = new Set<string>();
  const stack = [node];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    for (const from of into.get(at) ?? [])
      if (!seen.has(from) && from !== node) {
        seen.add(from);
        stack.push(from);
      }
  }
  return seen;
}

/**
 * Each account's reach: every way in from the other person, shortest first; else what is not known yet
 * (its own open questions, or those of an account that can reset it); else no way in found.
 */
export function reachOf(graph: ReachGraph): Map<string, Reach> {
  const allWays = waysIn(graph.edges, THEM);
  const into = reverse(graph.edges);
  const result = new Map<string, Reach>();
  for (const [id, open] of graph.open) {
    const ways = allWays.get(id);
    if (ways?.[0]) {
      result.set(id, { state: 'path', path: ways[0], ways });
      continue;
    }
    const through = [...ancestors(into, accountNode(id))]
      .filter((n) => n.startsWith('a:') && (graph.open.get(n.slice(2))?.length ?? 0) > 0)
      .map((n) => n.slice(2));
    if (open.length || through.length)
      result.set(id, { state: 'unknown', open: [...new Set(open)], through });
    else result.set(id, { state: 'none-found' });
  }
  return result;
}
