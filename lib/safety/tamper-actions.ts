import { computed, signal } from '@preact/signals';
import type { StoreCore } from '../state/store-core';

/**
 * What the lock can prove after an unlock, and what was caught of a change made outside
 * Lockstep (lib/storage/tamper-checks.ts): read from storage after every reload, so the plan
 * page shows the check word and the last change, and the page stops on a notice when something
 * was found.
 */
export function tamperActions(core: StoreCore) {
  const { storage, accountsById, lockState, state, reload, announce, setNotice, write } = core;
  const changed = signal(0);
  // Every reload (and the lock screen) sets a new accounts map: reading it makes these two
  // follow what storage last read, without the store knowing about them.
  const afterReload = () => [accountsById.value, lockState.value, state.value, changed.value];
  const findings = computed(() => (afterReload(), storage.findings?.() ?? []));
  const sealedFacts = computed(() => (afterReload(), storage.sealedFacts?.() ?? null));

  /** The person goes on after a notice: see lib/storage/findings.ts. */
  async function acceptFindings(): Promise<boolean> {
    try {
      await storage.acceptFindings?.();
    } catch {
      setNotice('save-failed', true);
      return false;
    }
    changed.value++;
    announce();
    await reload();
    return true;
  }

  /** Seals a new check word (empty removes it); shown after every unlock. */
  async function setCheckWord(word: string): Promise<boolean> {
    const ok = await write(() => storage.setCheckWord?.(word) ?? Promise.resolve());
    changed.value++;
    return ok;
  }

  return {
    /** What storage caught (tracked: a component reading it updates after every reload). */
    findings: () => findings.value,
    /** The sealed plan's check word and last change; null unless unlocked. */
    sealedFacts: () => sealedFacts.value,
    acceptFindings,
    setCheckWord,
  };
}
