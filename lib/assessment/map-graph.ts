import type { DeviceRecord } from '../device/device-record';
import { kindRank, type AccountKind } from '../plan/kinds';
import type { PhoneLine } from '../plan/records';
import type { Account } from '../plan/types';
import { deviceIsUnsure, deviceNode } from './device-edges';
import { accountNode, lineNode, THEM, type ReachGraph, type Via } from './reach';

/**
 * What the map draws (issue 35), pure: the reach graph's nodes and edges, each edge once, plus
 * the "not known yet" links (dashed) the open answers leave. The map only draws the graph;
 * lib/assessment/reach.ts owns it.
 */

export type MapNodeKind = 'them' | 'line' | 'device' | 'account' | 'fold';

export interface MapNode {
  /** The graph's node id ('them', 'a:…', 'l:…', 'd:…'), or 'f:<kind>' for a folded group. */
  readonly id: string;
  readonly kind: MapNodeKind;
  /** Accounts (and folded groups): their kind, so groups stay together. */
  readonly accountKind?: AccountKind;
  /** A folded group: how many accounts it holds. */
  readonly count?: number;
  /** Sort order inside a layer: kind rank, then when it was added, then id. */
  readonly rank: readonly [number, number, string];
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** 'not-known': a dashed link whose answers are missing or "not sure". */
  readonly via: Via | 'not-known';
  /** A step that should close it was marked done after the answers: "may be closed — confirm". */
  readonly mayBeClosed?: boolean;
}

export interface MapGraph {
  readonly nodes: readonly MapNode[];
  /** The graph's edges, each once (a folded end is its group). */
  readonly edges: readonly MapEdge[];
  /** Dashed: the other person's way to these is not known yet. */
  readonly unknown: readonly MapEdge[];
}

export interface MapInput {
  readonly accounts: readonly Account[];
  readonly lines: readonly PhoneLine[];
  readonly devices: readonly DeviceRecord[];
  readonly graph: ReachGraph;
  /** Accounts with no way in found (reachOf 'none-found'); folded by kind in large plans. */
  readonly noWayFound?: ReadonlySet<string>;
  /** Edge keys (may-be-closed.ts) whose closing step was marked done after the answers. */
  readonly mayBeClosed?: ReadonlySet<string>;
}

/** From this many accounts, kind groups with no way in found fold into one node. */
export const FOLD_FROM = 50;

/** Order of node kinds inside a layer, before account kinds. */
const BASE = { them: -3, line: -2, device: -1 } as const;

/** Where each folded account goes: its kind's group node. */
function foldsOf(input: MapInput): Map<string, string> {
  const fold = new Map<string, string>();
  if (input.accounts.length < FOLD_FROM || !input.noWayFound) return fold;
  for (const a of input.accounts)
    if (input.noWayFound.has(a.id)) fold.set(accountNode(a.id), `f:${a.kind}`);
  return fold;
}

function nodesOf(input: MapInput, fold: ReadonlyMap<string, string>): MapNode[] {
  const nodes: MapNode[] = [{ id: THEM, kind: 'them', rank: [BASE.them, 0, THEM] }];
  for (const l of input.lines)
    nodes.push({ id: lineNode(l.id), kind: 'line', rank: [BASE.line, l.createdAt, l.id] });
  for (const d of input.devices)
    nodes.push({ id: deviceNode(d.id), kind: 'device', rank: [BASE.device, d.createdAt, d.id] });
  const groups = new Map<string, { kind: AccountKind; count: number }>();
  for (const a of input.accounts) {
    const group = fold.get(accountNode(a.id));
    if (!group) {
      const rank = [kindRank(a.kind), a.createdAt, a.id] as const;
      nodes.push({ id: accountNode(a.id), kind: 'account', accountKind: a.kind, rank });
      continue;
    }
    const entry = groups.get(group) ?? { kind: a.kind, count: 0 };
    entry.count += 1;
    groups.set(group, entry);
  }
  for (const [id, { kind, count }] of groups)
    nodes.push({ id, kind: 'fold', accountKind: kind, count, rank: [kindRank(kind), 0, id] });
  return nodes;
}

/** The "not known yet" links: accounts with open questions, lines and devices with "not sure". */
function unknownOf(input: MapInput, fold: ReadonlyMap<string, string>): MapEdge[] {
  const unknown: MapEdge[] = [];
  for (const l of input.lines)
    if (l.owner === 'not-sure') unknown.push({ from: THEM, to: lineNode(l.id), via: 'not-known' });
  for (const d of input.devices)
    if (deviceIsUnsure(d)) unknown.push({ from: THEM, to: deviceNode(d.id), via: 'not-known' });
  for (const a of input.accounts) {
    const node = accountNode(a.id);
    if ((input.graph.open.get(a.id)?.length ?? 0) > 0 && !fold.has(node))
      unknown.push({ from: THEM, to: node, via: 'not-known' });
  }
  return unknown;
}

/** The map's graph: nodes, each graph edge once, and the dashed "not known yet" links. */
export function mapGraph(input: MapInput): MapGraph {
  const fold = foldsOf(input);
  const nodes = nodesOf(input, fold);
  const known = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const edges: MapEdge[] = [];
  for (const e of input.graph.edges) {
    const from = fold.get(e.from) ?? e.from;
    const to = fold.get(e.to) ?? e.to;
    const key = `${from} ${e.via} ${to}`;
    // Inside one folded group a link has nothing left to show.
    if (from === to && from.startsWith('f:')) continue;
    if (seen.has(key) || !known.has(from) || !known.has(to)) continue;
    seen.add(key);
    const mayBeClosed = input.mayBeClosed?.has(`${e.from} ${e.via} ${e.to}`);
    edges.push(mayBeClosed ? { from, to, via: e.via, mayBeClosed } : { from, to, via: e.via });
  }
  return { nodes, edges, unknown: unknownOf(input, fold) };
}
