import { describe, expect, it } from 'vitest';
import { mapGraph } from '@/lib/assessment/map-graph';
import { edgesThatMayBeClosed, mayBeClosedInto } from '@/lib/assessment/may-be-closed';
import { buildReachGraph } from '@/lib/assessment/reach';
import { indexProgress } from '@/lib/plan/progress';
import type { Assessment } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';

const account = (id: string): Account => ({
  id,
  name: id,
  site: '',
  kind: 'primary-email',
  position: 0,
  createdAt: 1,
  updatedAt: 1,
});
const look = (accountId: string, answers: Partial<Assessment> = {}): Assessment => ({
  accountId,
  knowsPassword: 'no',
  recoveryEmailReachable: 'no',
  securityQuestions: 'no',
  unknownDevices: 'no',
  sharedOnPurpose: 'no',
  secondSteps: [],
  updatedAt: 100,
  ...answers,
});
const accounts = [account('gmail'), account('bank')];
const looks = [look('gmail', { knowsPassword: 'yes' }), look('bank', { recoveryEmailId: 'gmail' })];
const graph = buildReachGraph(accounts, looks, []);
const done = (stepId: string, at: number) =>
  indexProgress([{ accountId: 'bank', stepId, status: 'done', at }]);

describe('"may be closed — confirm"', () => {
  it('marks a recovery edge whose recovery step was done after the answers', () => {
    const marked = edgesThatMayBeClosed(graph.edges, looks, done('recovery_info', 200));
    expect([...marked]).toEqual(['a:gmail recovery-email a:bank']);
    const map = mapGraph({ accounts, lines: [], devices: [], graph, mayBeClosed: marked });
    expect(map.edges.filter((e) => e.mayBeClosed).map((e) => e.to)).toEqual(['a:bank']);
  });

  it("marks it for a bank's contact details step too (a bank has no recovery step of its own)", () => {
    const marked = edgesThatMayBeClosed(graph.edges, looks, done('bank_contact_details', 200));
    expect([...marked]).toEqual(['a:gmail recovery-email a:bank']);
  });

  it('marks nothing for a step done before the answers, or another step', () => {
    expect(edgesThatMayBeClosed(graph.edges, looks, done('recovery_info', 50)).size).toBe(0);
    expect(edgesThatMayBeClosed(graph.edges, looks, done('new_password', 200)).size).toBe(0);
  });

  it('drops the edge once the answer changes: the answers decide', () => {
    const later = [looks[0]!, look('bank', { updatedAt: 300 })];
    const edges = buildReachGraph(accounts, later, []).edges;
    expect(edges.some((e) => e.to === 'a:bank')).toBe(false);
    expect(edgesThatMayBeClosed(edges, later, done('recovery_info', 200)).size).toBe(0);
  });

  it('gives the account page exactly the edges the map marks into that account', () => {
    const both = [look('gmail', { knowsPassword: 'yes', recoveryEmailId: 'bank' }), looks[1]!];
    const g = buildReachGraph(accounts, both, []);
    const progress = indexProgress([
      { accountId: 'bank', stepId: 'recovery_info', status: 'done', at: 200 },
      { accountId: 'gmail', stepId: 'new_password', status: 'done', at: 200 },
    ]);
    const map = mapGraph({
      accounts,
      lines: [],
      devices: [],
      graph: g,
      mayBeClosed: edgesThatMayBeClosed(g.edges, both, progress),
    });
    for (const id of ['gmail', 'bank']) {
      const onMap = map.edges.filter((e) => e.mayBeClosed && e.to === `a:${id}`);
      const onPage = mayBeClosedInto(id, g.edges, both, progress);
      expect(onPage.map((e) => `${e.from} ${e.via}`)).toEqual(
        onMap.map((e) => `${e.from} ${e.via}`),
      );
      expect(onPage.length).toBe(1);
    }
  });
});
