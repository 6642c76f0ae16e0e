import type { ReachGraph } from '../assessment/reach';

/**
 * For each account id, the accounts that can reset it, directly or through a phone line whose
 * carrier account is in the plan: the same "can reset" that lib/assessment/order.ts orders by.
 */
export function resetters(graph: ReachGraph): Map<string, Set<string>> {
  const carriers = new Map<string, string[]>();
  for (const e of graph.edges)
    if (e.via === 'controls-line') carriers.set(e.to, [...(carriers.get(e.to) ?? []), e.from]);
  const into = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    const set = into.get(to) ?? new Set<string>();
    set.add(from);
    into.set(to, set);
  };
  for (const e of graph.edges) {
    if (!e.to.startsWith('a:')) continue;
    const to = e.to.slice(2);
    if (e.from.startsWith('a:')) add(e.from.slice(2), to);
    else if (e.from.startsWith('l:'))
      for (const carrier of carriers.get(e.from) ?? []) add(carrier.slice(2), to);
  }
  return into;
}

/** The account and every account that can reset it, however far back. */
export function withAncestors(id: string, into: ReadonlyMap<string, ReadonlySet<string>>) {
  const seen = new Set([id]);
  const stack = [id];
  for (let at = stack.pop(); at !== undefined; at = stack.pop())
    for (const from of into.get(at) ?? [])
      if (!seen.has(from)) {
        seen.add(from);
        stack.push(from);
      }
  return seen;
}
