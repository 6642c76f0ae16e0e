import type { captureActions } from '../evidence/capture-actions';
import type { archiveActions } from '../evidence/archive-actions';
import type { deviceMarkActions } from '../device/mark-actions';
import type { evidenceActions } from '../evidence/evidence-actions';
import { accountActions, progressActions } from '../plan/plan-actions';
import { recordActions } from '../plan/record-actions';
import { settingActions } from '../plan/setting-actions';
import { lockActions } from '../safety/lock-actions';
import { settingsSealActions } from '../safety/settings-seal-actions';
import { tamperActions } from '../safety/tamper-actions';
import { transferActions } from '../transfer/transfer-actions';
import { lazyActions } from './lazy-actions';
import type { ActionSet, StoreCore } from './store-core';

// Rarely used: their code loads when one of their actions is first called (issue 29).
const evidenceLater = lazyActions(
  () =>
    import('../evidence/evidence-actions').then((m): typeof evidenceActions => m.evidenceActions),
  ['addEvidence', 'removeEvidence', 'checkEvidence', 'evidenceFile', 'resealEvidence'],
);
/** The log's one answer pages need at once, without its code: can files be kept here? */
const evidenceAtOnce = ({ storage }: StoreCore) => ({
  evidenceKeepsFiles: () => storage.evidenceFiles !== undefined,
});
const captureLater = lazyActions(
  () => import('../evidence/capture-actions').then((m): typeof captureActions => m.captureActions),
  ['saveCapture', 'filePendingCapture'],
);
const archiveLater = lazyActions(
  () => import('../evidence/archive-actions').then((m): typeof archiveActions => m.archiveActions),
  ['makeEvidenceArchive', 'importEvidenceArchive'],
);
const marksLater = lazyActions(
  () => import('../device/mark-actions').then((m): typeof deviceMarkActions => m.deviceMarkActions),
  ['moveOldCheckMarks'],
);

/**
 * Every action on the plan, gathered from each capability's own `*-actions.ts`. A new
 * capability adds its set here once; the store itself does not change.
 */
export const ACTION_SETS = [
  accountActions,
  progressActions,
  recordActions,
  settingActions,
  transferActions,
  lockActions,
  tamperActions,
  settingsSealActions,
  evidenceLater,
  evidenceAtOnce,
  captureLater,
  archiveLater,
  marksLater,
] as const satisfies readonly ActionSet[];

/** `A | B` as `A & B` (each union member is met in turn, then all are required together). */
type AllOf<U> = (U extends unknown ? (set: U) => void : never) extends (set: infer All) => void
  ? All
  : never;

/** All the sets' actions as one object type, each keeping its own signature. */
export type PlanActions = AllOf<ReturnType<(typeof ACTION_SETS)[number]>>;

/** Builds each set's actions for one store; two sets naming the same action is a mistake. */
export function combineActions<S extends readonly ActionSet[]>(
  core: StoreCore,
  sets: S,
): AllOf<ReturnType<S[number]>> {
  const all: Record<string, unknown> = {};
  for (const actionSet of sets) {
    const actions = actionSet(core);
    for (const name of Object.keys(actions)) {
      if (name in all) {
        throw new Error(`Two action sets both name the plan action "${name}": rename one of them.`);
      }
    }
    Object.assign(all, actions);
  }
  return all as AllOf<ReturnType<S[number]>>;
}

/** Every registered capability's actions, for one store. */
export const buildActions = (core: StoreCore): PlanActions => combineActions(core, ACTION_SETS);
