import { batch } from '@preact/signals';
import type { StoreCore } from '../state/store-core';
import type { AccountKind } from './kinds';
import { insertionIndex, moveBy, recommendedOrder, renumber } from './order';
import { toRecord, valuesOf } from './records';
import { replacedIds } from './playbook-merged-steps';
import type { Account, StepProgress, StepStatus } from './types';

export interface AccountInput {
  readonly name: string;
  readonly site: string;
  readonly kind: AccountKind;
}

function applyAccounts({ accountsById }: StoreCore, changed: readonly Account[]) {
  const next = new Map(accountsById.value);
  for (const account of changed) next.set(account.id, account);
  accountsById.value = next;
}

/** Numbers the accounts in this order and writes the ones whose place changed. */
async function saveOrder(core: StoreCore, ordered: readonly Account[]): Promise<boolean> {
  const changed = renumber(ordered, core.now());
  if (changed.length === 0) return true;
  applyAccounts(core, changed);
  return core.write(() => core.storage.putAccounts(changed));
}

/**
 * The plan's account actions: adding, changing, removing and ordering accounts. Each updates
 * the screen first and then writes through the store.
 */
export function accountActions(core: StoreCore) {
  const { accountsById, accounts, progressList, records, storage, write, now, newId } = core;

  /** Adds an account where the recommended order puts it. Returns its id. */
  async function addAccount(input: AccountInput): Promise<string> {
    const time = now();
    const id = newId();
    const account: Account = {
      id,
      name: input.name.trim(),
      site: input.site.trim(),
      kind: input.kind,
      position: -1,
      createdAt: time,
      updatedAt: time,
    };
    const ordered = [...accounts.value];
    // After the start's answers, by where the danger is (lib/start/insert.ts), else by kind.
    const started = records.value.some((r) => r.type === 'start' || r.type === 'device');
    const at = started
      ? (await import('../start/insert')).startInsertionIndex(ordered, input.kind, records.value)
      : insertionIndex(ordered, input.kind);
    ordered.splice(at, 0, account);
    await saveOrder(core, ordered);
    return id;
  }

  async function updateAccount(id: string, input: AccountInput): Promise<boolean> {
    const existing = accountsById.value.get(id);
    if (!existing) return false;
    const updated: Account = {
      ...existing,
      name: input.name.trim(),
      site: input.site.trim(),
      kind: input.kind,
      updatedAt: now(),
    };
    applyAccounts(core, [updated]);
    return write(() => storage.putAccounts([updated]));
  }

  async function removeAccount(id: string): Promise<boolean> {
    const next = new Map(accountsById.value);
    next.delete(id);
    batch(() => {
      accountsById.value = next;
      progressList.value = progressList.value.filter((p) => p.accountId !== id);
      records.value = records.value.filter((r) => r.accountId !== id);
    });
    return write(() => storage.deleteAccount(id));
  }

  const moveAccount = (id: string, delta: -1 | 1) =>
    saveOrder(core, moveBy(accounts.value, id, delta));

  /**
   * Back to the recommended order: where the start's answers say the danger is (lib/start), then
   * by what can reset what, from the look-first answers (loaded only when asked: the graph is not
   * in the first download), else by kind.
   */
  async function resetOrder(): Promise<boolean> {
    const looks = valuesOf(records.value, 'assessment');
    const answers = valuesOf(records.value, 'start')[0] ?? null; // "Where you are now"
    const devices = valuesOf(records.value, 'device');
    if (looks.length === 0 && !answers && devices.length === 0)
      return saveOrder(core, recommendedOrder(accounts.value));
    const [{ buildReachGraph }, { startOrder }, { mayBeKnown }] = await Promise.all([
      import('../assessment/reach'),
      import('../start/priority'),
      import('../device/device-record'),
    ]);
    const lines = valuesOf(records.value, 'phone-line');
    const graph = buildReachGraph(accounts.value, looks, lines, devices);
    // A device the other person may know comes first, whatever the start's answers say.
    const input = devices.some(mayBeKnown) ? { answers, devicesMayBeKnown: true } : { answers };
    return saveOrder(core, startOrder(accounts.value, graph, input).ordered);
  }

  return { addAccount, updateAccount, removeAccount, moveAccount, resetOrder };
}

/** The plan's progress action: marking an account's steps, kept with their history. */
export function progressActions({ progressList, records, storage, write, now, newId }: StoreCore) {
  /** Marks a step done, skipped or not applicable (with today's date), or back to to-do. */
  async function setStepStatus(
    accountId: string,
    stepId: string,
    status: StepStatus | 'todo',
  ): Promise<boolean> {
    // Back to "to do" on a merged step clears its old steps' marks too, or they would count again.
    const gone = status === 'todo' ? [stepId, ...replacedIds(stepId)] : [stepId];
    const others = progressList.value.filter(
      (p) => p.accountId !== accountId || !gone.includes(p.stepId),
    );
    const at = now();
    // Kept as history, so a check-up or a printed plan can say what was done when.
    const event = toRecord('step-event', { id: newId(), accountId, stepId, status, at });
    records.value = [...records.value, event];
    if (status === 'todo') {
      progressList.value = others;
      return write(async () => {
        for (const id of gone)
          await storage.deleteProgress(accountId, id, id === stepId ? [event] : []);
      });
    }
    const record: StepProgress = { accountId, stepId, status, at };
    progressList.value = [...others, record];
    return write(() => storage.putProgress(record, [event]));
  }

  return { setStepStatus };
}
