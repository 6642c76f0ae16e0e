import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DeviceCheckMark, DeviceKind, Finding, FindingDraft } from '@/lib/plan/records';
import type { StepStatus } from '@/lib/plan/types';

/**
 * Where the device page reads and writes its marks and findings. The plan store provides the
 * stored one (kept with the plan: sealed by the lock, exported, erased); the default keeps them
 * in this page's memory only.
 */
export interface DeviceRecords {
  readonly marks: ReadonlySignal<readonly DeviceCheckMark[]>;
  readonly findings: ReadonlySignal<readonly Finding[]>;
  /** Marks a check done, skipped or not applicable; `null` takes the mark back. */
  mark(device: DeviceKind, checkId: string, status: StepStatus | null): void;
  saveFinding(draft: FindingDraft): void;
  removeFinding(id: string): void;
}

/** Marks and findings in memory only: gone when the page closes. */
export function createMemoryDeviceRecords(now: () => number = Date.now): DeviceRecords {
  const marks = signal<readonly DeviceCheckMark[]>([]);
  const findings = signal<readonly Finding[]>([]);
  return {
    marks: computed(() => marks.value),
    findings: computed(() => findings.value),
    mark(device, checkId, status) {
      const others = marks.value.filter((m) => m.device !== device || m.checkId !== checkId);
      marks.value = status ? [...others, { device, checkId, status, at: now() }] : others;
    },
    saveFinding(draft) {
      findings.value = [...findings.value, { ...draft, id: crypto.randomUUID(), at: now() }];
    },
    removeFinding(id) {
      findings.value = findings.value.filter((f) => f.id !== id);
    },
  };
}

export const DeviceRecordsContext = createContext<DeviceRecords>(createMemoryDeviceRecords());

/** The device records the page was given (memory only unless the plan store provides them). */
export const useDeviceRecords = (): DeviceRecords => useContext(DeviceRecordsContext);
