import { KIND_EDGES } from '../plan/kind-edges';
import { kindRank } from '../plan/kinds';
import type { Account } from '../plan/types';
import type { ReachGraph } from './reach';

/** Accounts that can each reset the other (directly or round a loop): do them in one sitting. */
export type Cycle = readonly Account[];

export interface ResetOrder {
  readonly ordered: readonly Account[];
  readonly cycles: readonly Cycle[];
}

/** "Whoever controls A can reset B" between accounts, through a phone line where need be. */
function accountEdges(graph: ReachGraph): Map<string, Set<string>> {
  const lineControllers = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.via !== 'controls-line') continue;
    const list = lineControllers.get(e.to);
    if (list) list.push(e.from);
    else lineControllers.set(e.to, [e.from]);
  }
  const out = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const set = out.get(from) ?? new Set<string>();
    set.add(to);
    out.set(from, set);
  };
  for (const e of graph.edges) {
    if (!e.to.startsWith('a:')) continue;
    const to = e.to.slice(2);
    if (e.from.startsWith('a:')) add(e.from.slice(2), to);
    else if (e.from.startsWith('l:'))
      for (const carrier of lineControllers.get(e.from) ?? []) add(carrier.slice(2), to);
  }
  return out;
}

/**
 * The kind edges (lib/plan/kind-edges.ts: the internet account before the smart home, mail
 * forwarding before the bank…) as order constraints between the plan's accounts. They only order:
 * they are not ways in. One that ends up on a loop with the answers' edges (both ends in one
 * strongly connected group) is taken out again, so a cycle is only ever one the answers describe.
 * One pass of Tarjan's algorithm, not a search per pair: 300 accounts stay well under a ms.
 */
function addKindEdges(accounts: readonly Account[], out: Map<string, Set<string>>): void {
  const added: [string, string][] = [];
  for (const edge of KIND_EDGES) {
    const tos = accounts.filter((a) => a.kind === edge.to);
    for (const from of accounts.filter((a) => a.kind === edge.from))
      for (const to of tos) {
        const set = out.get(from.id) ?? new Set<string>();
        if (set.has(to.id)) continue;
        set.add(to.id);
        out.set(from.id, set);
        added.push([from.id, to.id]);
      }
  }
  if (added.length === 0) return;
  const groupOf = new Map<string, number>();
  groups(
    accounts.map((a) => a.id),
    out,
  ).forEach((ids, i) => ids.forEach((id) => groupOf.set(id, i)));
  for (const [from, to] of added)
    if (groupOf.get(from) === groupOf.get(to)) out.get(from)?.delete(to);
}

const byKind = (a: Account, b: Account) =>
  kindRank(a.kind) - kindRank(b.kind) || a.createdAt - b.createdAt;

/** Strongly connected groups (Tarjan's algorithm), each a list of account ids. */
function groups(ids: readonly string[], out: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  const lowOf = (v: string) => low.get(v) ?? 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(lowOf(v), lowOf(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(lowOf(v), index.get(w) ?? 0));
    }
    if (lowOf(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
      onStack.delete(w);
      group.push(w);
    }
    result.push(group);
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return result;
}

/**
 * The recommended order from the look: an account comes after every account that can reset it
 * (secure first what can reset the most), except within a cycle; ties, and accounts nothing
 * points at, follow the kind order (primary email first…); the kind edges order what the
 * answers leave free. Without answers this is the kind order with the kind edges kept.
 */
export function resetOrder(accounts: readonly Account[], graph: ReachGraph): ResetOrder {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const out = accountEdges(graph);
  for (const [from, tos] of out) {
    if (!byId.has(from)) out.delete(from);
    else for (const to of tos) if (!byId.has(to)) tos.delete(to);
  }
  addKindEdges(accounts, out);
  const sorted = [...accounts].sort(byKind);
  // Groups in kind order of their first member: a lower index is taken first when ready.
  const comps = groups(
    sorted.map((a) => a.id),
    out,
  )
    .map((ids) => ids.flatMap((id) => byId.get(id) ?? []).sort(byKind))
    .sort((x, y) => (x[0] && y[0] ? byKind(x[0], y[0]) : 0));
  const compOf = new Map<string, number>();
  comps.forEach((members, i) => members.forEach((a) => compOf.set(a.id, i)));
  const indegree = comps.map(() => 0);
  const next = comps.map(() => new Set<number>());
  for (const [from, tos] of out)
    for (const to of tos) {
      const a = compOf.get(from) ?? -1;
      const b = compOf.get(to) ?? -1;
      const set = next[a];
      if (a !== b && set && !set.has(b)) {
        set.add(b);
        indegree[b] = (indegree[b] ?? 0) + 1;
      }
    }
  // Kahn's order, always taking the ready group that comes first by kind.
  const done = comps.map(() => false);
  const ordered: Account[] = [];
  for (let taken = 0; taken < comps.length; taken++) {
    const i = indegree.findIndex((d, j) => d === 0 && !done[j]);
    if (i < 0) break; // cannot happen: the groups form no cycle
    done[i] = true;
    ordered.push(...(comps[i] ?? []));
    for (const j of next[i] ?? []) indegree[j] = (indegree[j] ?? 1) - 1;
  }
  return { ordered, cycles: comps.filter((members) => members.length > 1) };
}
