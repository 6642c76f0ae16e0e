import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { KIND_LABELS } from './device-choices';

/**
 * Moves the old per-kind device check marks onto device records once the plan is open here
 * (after an unlock, an import, or another page's change). Shows nothing: the devices page says
 * where the marks went (moved-marks-note.tsx).
 */
export function CheckMarksMover() {
  const store = usePlanStore();
  const running = useRef(false);
  const ready = store.state.value === 'ready';
  const records = store.records.value;
  useEffect(() => {
    if (!ready || running.current || !records.some((r) => r.type === 'device-check')) return;
    running.current = true;
    void store
      .moveOldCheckMarks((kind) => t(KIND_LABELS[kind]))
      .catch(() => false)
      .finally(() => (running.current = false));
  }, [ready, records]);
  return null;
}
