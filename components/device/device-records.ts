import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { valuesOf, type Finding, type FindingDraft } from '@/lib/plan/records';
import type { DeviceRecord } from '@/lib/device/device-record';
import type { PlanStore } from '@/lib/state/plan-store';

/** What a device record can point at: the plan's accounts and phone lines. */
export interface DeviceLinks {
  readonly accounts: readonly { readonly id: string; readonly name: string }[];
  readonly lines: readonly { readonly id: string; readonly label: string }[];
}

/**
 * Where the device page reads and writes its marks and findings. The plan store provides the
 * stored one (kept with the plan: sealed by the lock, exported, erased); the default keeps them
 * in this page's memory only.
 */
export interface DeviceRecords {
  readonly findings: ReadonlySignal<readonly Finding[]>;
  saveFinding(draft: FindingDraft): void;
  removeFinding(id: string): void;
  /** The person's devices, each with its own steps (lib/device/device-record.ts). */
  readonly devices: ReadonlySignal<readonly DeviceRecord[]>;
  readonly links: ReadonlySignal<DeviceLinks>;
  /** Adds or replaces a device (its marks included). */
  saveDevice(device: DeviceRecord): void;
  removeDevice(id: string): void;
}

/** Marks and findings in memory only: gone when the page closes. */
export function createMemoryDeviceRecords(now: () => number = Date.now): DeviceRecords {
  const findings = signal<readonly Finding[]>([]);
  const devices = signal<readonly DeviceRecord[]>([]);
  return {
    devices: computed(() => devices.value),
    links: computed(() => ({ accounts: [], lines: [] })),
    saveDevice(device) {
      devices.value = [...devices.value.filter((d) => d.id !== device.id), device];
    },
    removeDevice(id) {
      devices.value = devices.value.filter((d) => d.id !== id);
    },
    findings: computed(() => findings.value),
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

/**
 * Marks and findings kept with the plan, as records (lib/plan/records.ts): sealed by the lock,
 * in the export, removed by erase. The plan store does the writing.
 */
export function createStoredDeviceRecords(
  store: Pick<PlanStore, 'records' | 'saveRecord' | 'removeRecord'> &
    Partial<Pick<PlanStore, 'accounts'>>,
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
): DeviceRecords {
  return {
    findings: computed(() => valuesOf(store.records.value, 'finding')),
    devices: computed(() => valuesOf(store.records.value, 'device')),
    links: computed(() => ({
      accounts: (store.accounts?.value ?? []).map(({ id, name }) => ({ id, name })),
      lines: valuesOf(store.records.value, 'phone-line').map(({ id, label }) => ({ id, label })),
    })),
    saveDevice(device) {
      void store.saveRecord('device', device);
    },
    removeDevice(id) {
      void store.removeRecord('device', id);
    },
    saveFinding(draft) {
      void store.saveRecord('finding', { ...draft, id: newId(), at: now() });
    },
    removeFinding(id) {
      void store.removeRecord('finding', id);
    },
  };
}
