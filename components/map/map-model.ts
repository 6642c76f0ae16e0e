import { useMemo } from 'preact/hooks';
import { edgesThatMayBeClosed } from '@/lib/assessment/may-be-closed';
import { FOLD_FROM, mapGraph, type MapGraph, type MapNode } from '@/lib/assessment/map-graph';
import { mapLayout, type MapLayout } from '@/lib/assessment/map-layout';
import { buildReachGraph, reachOf } from '@/lib/assessment/reach';
import type { Names } from '@/lib/assessment/reach-text';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { kindLabel } from '@/lib/ui/labels';
import { usePlanStore } from '../common/store-context';

export interface MapModel {
  readonly map: MapGraph;
  readonly layout: MapLayout;
  /** Names for the sentences; a folded group's id ('f:<kind>') reads as its count. */
  readonly names: Names;
  readonly label: (node: MapNode) => string;
  readonly href: (node: MapNode) => string;
  readonly accounts: readonly Account[];
  readonly discreet: boolean;
}

/**
 * How the map is worded on the advocate's take-away (issue 35): names only when the paper shows
 * them (kinds otherwise), and neutral words unless the paper says what it is for.
 */
export interface PaperWords {
  readonly names: boolean;
  readonly purpose: boolean;
}

/** A node without its name, for a paper that leaves names out: its kind only. */
function plainLabel(node: MapNode, byId: ReadonlyMap<string, Account>): string {
  if (node.kind === 'account') {
    const kind = byId.get(node.id.slice(2))?.kind;
    return kind ? kindLabel(kind) : '';
  }
  return t(node.kind === 'line' ? 'map_node_line_plain' : 'map_node_device_plain');
}

/** The plan's map: the reach graph (lib/assessment owns it), laid out, with its words. */
export function useMapModel(paper?: PaperWords): MapModel {
  const store = usePlanStore();
  const records = store.records.value;
  const accounts = store.accounts.value;
  const discreet = store.settings.value.discreet || (paper !== undefined && !paper.purpose);
  const showNames = paper?.names ?? true;
  const progress = store.progress.value;
  return useMemo(() => {
    const looks = valuesOf(records, 'assessment');
    const lines = valuesOf(records, 'phone-line');
    const devices = valuesOf(records, 'device');
    const graph = buildReachGraph(accounts, looks, lines, devices);
    const noWayFound =
      accounts.length >= FOLD_FROM
        ? new Set([...reachOf(graph)].filter(([, r]) => r.state === 'none-found').map(([id]) => id))
        : undefined;
    const mayBeClosed = edgesThatMayBeClosed(graph.edges, looks, progress);
    const map = mapGraph({ accounts, lines, devices, graph, noWayFound, mayBeClosed });
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const folds = new Map(map.nodes.filter((n) => n.kind === 'fold').map((n) => [n.id, n]));
    const foldLabel = (n: MapNode) =>
      t('map_fold', [n.accountKind ? kindLabel(n.accountKind) : '', String(n.count ?? 0)]);
    const lineLabel = (id: string) => lines.find((l) => l.id === id)?.label ?? '';
    const names: Names = {
      account: (id) => byId.get(id)?.name ?? '',
      // nameOf() reads any id that is not an account's or a device's as a line's.
      line: (id) => {
        const fold = folds.get(`f:${id}`);
        return fold ? foldLabel(fold) : lineLabel(id);
      },
      device: (id) => devices.find((d) => d.id === id)?.label ?? '',
    };
    const firstAccountOf = (id: string) =>
      map.edges.find((e) => e.from === id && e.to.startsWith('a:'))?.to.slice(2);
    const label = (node: MapNode): string => {
      const id = node.id.slice(2);
      if (node.kind === 'them') return t(discreet ? 'map_them_neutral' : 'map_them');
      if (!showNames && node.kind !== 'fold') return plainLabel(node, byId);
      if (node.kind === 'account') return names.account(id);
      if (node.kind === 'line') return t('map_node_line', lineLabel(id));
      if (node.kind === 'device') return t('map_node_device', names.device?.(id) ?? '');
      return foldLabel(node);
    };
    const href = (node: MapNode): string => {
      if (node.kind === 'account') return routeHash({ name: 'account', id: node.id.slice(2) });
      if (node.kind === 'device') return routeHash({ name: 'device' });
      const first = node.kind === 'line' ? firstAccountOf(node.id) : undefined;
      // A line is set in the questions of the accounts it gets codes for.
      return first ? routeHash({ name: 'look', id: first }) : '#map-list-heading';
    };
    return { map, layout: mapLayout(map), names, label, href, accounts, discreet };
  }, [records, accounts, discreet, progress, showNames]);
}
