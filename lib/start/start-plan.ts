import { buildReachGraph, reachOf } from '../assessment/reach';
import { mayBeKnown, type DeviceRecord } from '../device/device-record';
import type { Assessment, PhoneLine } from '../plan/records';
import type { Account } from '../plan/types';
import { startOrder, type StartInput, type StartOrder } from './priority';
import { resetters } from './resets';
import { resetCounts, threeThings, type Thing } from './three-things';

export interface StartPlan extends StartOrder {
  readonly things: readonly Thing[];
}

/** The order that starts where the danger is, and the three things to do first (pure). */
export function startPlan(
  accounts: readonly Account[],
  assessments: readonly Assessment[],
  lines: readonly PhoneLine[],
  input: StartInput,
  devices: readonly DeviceRecord[] = [],
): StartPlan {
  const graph = buildReachGraph(accounts, assessments, lines, devices);
  // A device record the other person may know puts the device first, whatever the answers say.
  const known = devices.some(mayBeKnown);
  const order = startOrder(accounts, graph, known ? { ...input, devicesMayBeKnown: true } : input);
  const things = threeThings({
    ordered: order.ordered,
    focus: order.focus,
    reach: reachOf(graph),
    resets: resetCounts(resetters(graph)),
    actsAsMe: input.answers?.worries.includes('acts-as-me') ?? false,
  });
  return { ...order, things };
}
