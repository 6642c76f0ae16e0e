/**
 * The order that starts where the danger is, for a large plan: the look's 300 accounts, 100
 * phone lines and about 900 edges (assessment.mjs), with start answers that bring devices,
 * location and documentation first. Timed in node on the code that ships (bundled with
 * esbuild): the graph, the reach, the order and the three things. Target: one frame (16 ms).
 */
import { bigPlan } from './assessment.mjs';
import { importForNode } from './measure.mjs';

const ANSWERS = {
  worries: ['location', 'messages'],
  living: 'left',
  knows: ['passcode', 'shows-up'],
  updatedAt: 0,
};

/** Median-ready ms for the start's order and three things, over at least 20 runs. */
export async function timeStartOrder(runs) {
  const { startPlan } = await importForNode(
    'start',
    `export { startPlan } from './lib/start/start-plan';`,
  );
  const { accounts, lines, assessments } = bigPlan();
  // A few location kinds among them, so the order has something to bring forward.
  const plan = accounts.map((a, i) => (i % 30 === 7 ? { ...a, kind: 'trackers' } : a));
  const times = [];
  for (let i = 0; i < Math.max(runs, 20); i++) {
    const start = performance.now();
    startPlan(plan, assessments, lines, { answers: ANSWERS });
    times.push(performance.now() - start);
  }
  return times;
}
