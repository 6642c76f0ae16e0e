/** Every way into each account, from the reach graph's edges (pure). */
import type { Edge } from './reach';

/** The edges out of each node. */
function outgoing(edges: readonly Edge[]): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  for (const edge of edges) {
    const list = out.get(edge.from);
    if (list) list.push(edge);
    else out.set(edge.from, [edge]);
  }
  return out;
}

/** For every node reachable from `start` (accounts and lines): the shortest chain there. */
function shortestFrom(edges: readonly Edge[], start: string): Map<string, readonly Edge[]> {
  const out = outgoing(edges);
  // Breadth first from the start: the first time a node is reached is the shortest.
  const reachedBy = new Map<string, Edge | null>([[start, null]]);
  const queue: string[] = [start];
  for (const node of queue) {
    // The queue grows while it is walked: for…of over an array visits what is pushed later.
    for (const edge of out.get(node) ?? []) {
      if (reachedBy.has(edge.to)) continue;
      reachedBy.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  const paths = new Map<string, readonly Edge[]>();
  for (const node of reachedBy.keys()) {
    const path: Edge[] = [];
    for (let edge = reachedBy.get(node); edge; edge = reachedBy.get(edge.from)) path.unshift(edge);
    paths.set(node, path);
  }
  return paths;
}

/**
 * For each account id reachable from `start` (the other person): every way in, one per edge
 * into the account from something reached (the shortest chain to that, then the edge),
 * shortest first. Naming only the shortest hid the others: a shared recovery phone, unknown
 * devices and sign-in prompts are three ways in, and each needs its own fix.
 */
export function waysIn(
  edges: readonly Edge[],
  start: string,
): Map<string, readonly (readonly Edge[])[]> {
  const paths = shortestFrom(edges, start);
  const ways = new Map<string, Edge[][]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    // The same way given twice (a line as recovery phone and as a second step) is one way.
    const key = `${edge.from} ${edge.via} ${edge.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const before = paths.get(edge.from);
    if (!before || !edge.to.startsWith('a:')) continue;
    // A chain that passes through the account itself is not another way into it.
    if (before.some((e) => e.from === edge.to)) continue;
    const id = edge.to.slice(2);
    const list = ways.get(id) ?? [];
    list.push([...before, edge]);
    ways.set(id, list);
  }
  for (const list of ways.values()) list.sort((a, b) => a.length - b.length);
  return ways;
}
