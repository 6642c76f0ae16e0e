import type { MapEdge, MapGraph, MapNode } from './map-graph';
import { THEM } from './reach';

/**
 * Our own small layered layout for the map (issue 35), pure and stable: the same graph gives the
 * same coordinates. Columns are layers, by the longest path from the other person (a loop shares
 * one layer); inside a column nodes sort by kind rank, then when they were added, then id. No
 * layout library: this is about 150 lines, a library of any size would not earn its bytes.
 */

export const BOX = { w: 176, h: 44 } as const;
const GAP_X = 96;
const GAP_Y = 16;
const PAD = 16;
/** Above the boxes: the lane where links that skip a column run, so they never cross a box. */
export const LANE = 32;
/** Room right of the last column for links that bend back. */
const BEND = 48;

export interface Box {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly layer: number;
  /** Index of the loop the node is in, if any. */
  readonly cycle?: number;
}

export interface LaidEdge {
  readonly edge: MapEdge;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** "Not known yet": drawn dashed. */
  readonly dashed: boolean;
  /** A way in straight from the other person: its own line style and a label. */
  readonly fromThem: boolean;
  /** Both ends are in one loop. */
  readonly cycle: boolean;
  /** Runs within a column or back: drawn as a bend to the right. */
  readonly bend: boolean;
  /** Skips at least one column: drawn through the lane above the boxes. */
  readonly long: boolean;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly Box[];
  readonly edges: readonly LaidEdge[];
  /** Loops, each a list of node ids. */
  readonly cycles: readonly (readonly string[])[];
}

/** Strongly connected parts (Tarjan, without recursion), in reverse topological order. */
function components(ids: readonly string[], out: ReadonlyMap<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let next = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1] as [string, number];
      const [v, i] = frame;
      if (i === 0) {
        index.set(v, next);
        low.set(v, next++);
        stack.push(v);
        onStack.add(v);
      }
      const targets = out.get(v) ?? [];
      if (i < targets.length) {
        frame[1] = i + 1;
        const w = targets[i] as string;
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(v) ?? 0));
      if (low.get(v) !== index.get(v)) continue;
      const part: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
        onStack.delete(w);
        part.push(w);
        if (w === v) break;
      }
      result.push(part);
    }
  }
  return result;
}

const byRank = (a: MapNode, b: MapNode): number =>
  a.rank[0] - b.rank[0] ||
  a.rank[1] - b.rank[1] ||
  (a.rank[2] < b.rank[2] ? -1 : a.rank[2] > b.rank[2] ? 1 : 0);

/** Each node's layer: the longest path from the other person, a loop counting as one node. */
function layersOf(graph: MapGraph): { layer: Map<string, number>; parts: string[][] } {
  const ids = [...graph.nodes].sort(byRank).map((n) => n.id);
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = out.get(e.from);
    if (list) list.push(e.to);
    else out.set(e.from, [e.to]);
  }
  const parts = components(ids, out);
  const partOf = new Map<string, number>();
  parts.forEach((part, i) => part.forEach((id) => partOf.set(id, i)));
  const partLayer: number[] = parts.map((part) => (part.includes(THEM) ? 0 : 1));
  // Reverse topological order reversed: every part comes after all parts that point at it.
  for (let i = parts.length - 1; i >= 0; i--)
    for (const id of parts[i] as string[])
      for (const to of out.get(id) ?? []) {
        const j = partOf.get(to) as number;
        if (j !== i) partLayer[j] = Math.max(partLayer[j] as number, (partLayer[i] as number) + 1);
      }
  const layer = new Map(ids.map((id) => [id, partLayer[partOf.get(id) as number] as number]));
  return { layer, parts };
}

/** Spreads `count` link ends along a box's side, `i` from the top. */
const spread = (i: number, count: number): number => (BOX.h * (i + 1)) / (count + 1);

/** How many links leave or enter each node, and a counter per node. */
function tally(edges: readonly MapEdge[], end: 'from' | 'to'): Map<string, number> {
  const count = new Map<string, number>();
  for (const e of edges) count.set(e[end], (count.get(e[end]) ?? 0) + 1);
  return count;
}

/** Where each edge starts and ends: on its boxes' sides, the ends on one side spread apart. */
function placeEdges(graph: MapGraph, at: ReadonlyMap<string, Box>): LaidEdge[] {
  const edges = [...graph.edges, ...graph.unknown];
  const outs = tally(edges, 'from');
  const ins = tally(edges, 'to');
  const outUsed = new Map<string, number>();
  const inUsed = new Map<string, number>();
  const next = (used: Map<string, number>, id: string) => {
    const i = used.get(id) ?? 0;
    used.set(id, i + 1);
    return i;
  };
  return edges.map((edge) => {
    const a = at.get(edge.from) as Box;
    const b = at.get(edge.to) as Box;
    const bend = b.layer <= a.layer;
    return {
      edge,
      x1: a.x + BOX.w,
      y1: a.y + spread(next(outUsed, edge.from), outs.get(edge.from) as number),
      x2: bend ? b.x + BOX.w : b.x,
      y2: b.y + spread(next(inUsed, edge.to), ins.get(edge.to) as number),
      dashed: edge.via === 'not-known',
      fromThem: edge.from === THEM,
      cycle: a.cycle !== undefined && a.cycle === b.cycle,
      bend,
      long: b.layer - a.layer > 1,
    };
  });
}

/** The map's layout: a box per node, a line per edge, the loops. */
export function mapLayout(graph: MapGraph): MapLayout {
  const { layer, parts } = layersOf(graph);
  const loops = parts.filter((p) => p.length > 1).map((p) => [...p].sort());
  loops.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  const cycleOf = new Map<string, number>();
  loops.forEach((loop, i) => loop.forEach((id) => cycleOf.set(id, i)));
  const columns: MapNode[][] = [];
  for (const node of graph.nodes) {
    const l = layer.get(node.id) as number;
    (columns[l] ??= []).push(node);
  }
  const boxes: Box[] = [];
  let tallest = 0;
  columns.forEach((column, l) => {
    column.sort(byRank);
    tallest = Math.max(tallest, column.length);
    column.forEach((node, row) => {
      const x = PAD + l * (BOX.w + GAP_X);
      const y = PAD + LANE + row * (BOX.h + GAP_Y);
      boxes.push({ node, x, y, layer: l, cycle: cycleOf.get(node.id) });
    });
  });
  const at = new Map(boxes.map((b) => [b.node.id, b]));
  const edges = placeEdges(graph, at);
  const layers = columns.length;
  return {
    width: PAD * 2 + layers * BOX.w + Math.max(0, layers - 1) * GAP_X + BEND,
    height: PAD * 2 + LANE + tallest * BOX.h + Math.max(0, tallest - 1) * GAP_Y,
    boxes,
    edges,
    cycles: loops,
  };
}
