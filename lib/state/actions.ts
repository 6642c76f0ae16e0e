import { captureActions } from '../evidence/capture-actions';
import { archiveActions } from '../evidence/archive-actions';
import { deviceMarkActions } from '../device/mark-actions';
import { evidenceActions } from '../evidence/evidence-actions';
import { accountActions, progressActions } from '../plan/plan-actions';
import { recordActions } from '../plan/record-actions';
import { settingActions } from '../plan/setting-actions';
import { lockActions } from '../safety/lock-actions';
import { settingsSealActions } from '../safety/settings-seal-actions';
import { tamperActions } from '../safety/tamper-actions';
import { transferActions } from '../transfer/transfer-actions';
import type { ActionSet, StoreCore } from './store-core';

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
  evidenceActions,
  captureActions,
  archiveActions,
  deviceMarkActions,
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
