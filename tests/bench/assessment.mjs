/**
 * Who can still get in, for a large plan: 300 accounts, 100 phone lines and about 900 edges,
 * timed in node on the code that ships (bundled with esbuild). Target: one frame (16 ms) for
 * every account's shortest path and the order.
 */
import { importForNode } from './measure.mjs';

const KINDS = [
  'primary-email',
  'other-email',
  'banking',
  'social',
  'shopping',
  'other',
  // Issue 32's kinds.
  'home-internet',
  'mail-address',
  'government',
  'dating',
];

export function bigPlan() {
  const accounts = Array.from({ length: 300 }, (_, i) => ({
    id: `a${i}`,
    name: `Account ${i}`,
    site: '',
    kind: i < 100 ? 'phone-carrier' : KINDS[i % KINDS.length],
    position: i,
    createdAt: i,
    updatedAt: i,
  }));
  const lines = Array.from({ length: 100 }, (_, i) => ({
    id: `l${i}`,
    label: `Line ${i}`,
    carrierAccountId: `a${i}`,
    owner: i % 10 === 0 ? 'shared' : 'mine',
    createdAt: 0,
    updatedAt: 0,
  }));
  // Each account: a recovery email, a recovery line and a sign-in-with: about 900 edges in all.
  const assessments = accounts.map((a, i) => ({
    accountId: a.id,
    knowsPassword: i % 37 === 0 ? 'yes' : 'no',
    recoveryEmailId: `a${(i * 7 + 3) % 300}`,
    recoveryLineId: `l${(i * 13) % 100}`,
    signInWithId: `a${(i * 11 + 5) % 300}`,
    secondSteps: [],
    updatedAt: 0,
  }));
  return { accounts, lines, assessments };
}

/**
 * 20 devices: every other one's passcode known, each getting a line's codes and signed in to
 * ten accounts (issue 30's device paths).
 */
function devices() {
  return Array.from({ length: 20 }, (_, i) => ({
    id: `d${i}`,
    label: `Device ${i}`,
    kind: i % 2 ? 'android' : 'iphone',
    holder: i % 5 === 0 ? 'both' : 'me',
    setUpBy: 'me',
    passcodeKnown: i % 2 ? 'no' : 'yes',
    sharedAccount: i % 7 === 0 ? 'family-them' : 'no',
    lineId: `l${(i * 3) % 100}`,
    signedInIds: Array.from({ length: 10 }, (_, j) => `a${(i * 15 + j) % 300}`),
    marks: [],
    createdAt: 0,
    updatedAt: 0,
  }));
}

/**
 * Median ms for building the graph, every account's path and the order, over `runs` runs; with
 * `withDevices`, the plan also has 20 devices.
 */
export async function timeReachPaths(runs, withDevices = false) {
  const { buildReachGraph, reachOf, resetOrder } = await importForNode(
    'assessment',
    `export { buildReachGraph, reachOf } from './lib/assessment/reach';
     export { resetOrder } from './lib/assessment/order';`,
  );
  const { accounts, lines, assessments } = bigPlan();
  const more = withDevices ? devices() : [];
  const times = [];
  for (let i = 0; i < Math.max(runs, 20); i++) {
    const start = performance.now();
    const graph = buildReachGraph(accounts, assessments, lines, more);
    reachOf(graph);
    resetOrder(accounts, graph);
    times.push(performance.now() - start);
  }
  return { times, edges: buildReachGraph(accounts, assessments, lines, more).edges.length };
}

/**
 * Median ms for the map's layout (issue 35) of the same plan with its 20 devices, nothing
 * folded: the map's graph and every box's and line's place. Target: one frame (16 ms).
 */
export async function timeMapLayout(runs) {
  const { buildReachGraph, mapGraph, mapLayout } = await importForNode(
    'map-layout',
    `export { buildReachGraph } from './lib/assessment/reach';
     export { mapGraph } from './lib/assessment/map-graph';
     export { mapLayout } from './lib/assessment/map-layout';`,
  );
  const { accounts, lines, assessments } = bigPlan();
  const more = devices();
  const graph = buildReachGraph(accounts, assessments, lines, more);
  const times = [];
  let boxes = 0;
  for (let i = 0; i < Math.max(runs, 20); i++) {
    const start = performance.now();
    const layout = mapLayout(mapGraph({ accounts, lines, devices: more, graph }));
    times.push(performance.now() - start);
    boxes = layout.boxes.length;
  }
  return { times, boxes };
}
