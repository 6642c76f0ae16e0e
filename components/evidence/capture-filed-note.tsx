import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { routeHash } from '@/lib/state/route';

/**
 * Files a page copy the popup kept while the plan was locked, once the plan is open here (after
 * an unlock, or when another page says something changed), and says so. Nothing shows otherwise.
 */
export function CaptureFiledNote() {
  const store = usePlanStore();
  const [said, setSaid] = useState<'filed' | 'failed' | null>(null);
  const running = useRef(false);
  const ready = store.state.value === 'ready';
  const records = store.records.value;
  useEffect(() => {
    if (!ready || running.current) return;
    running.current = true;
    void store
      .filePendingCapture()
      .then((result) => result !== 'none' && setSaid(result))
      .catch(() => undefined)
      .finally(() => (running.current = false));
  }, [ready, records]);
  if (!said) return null;
  return (
    <p class="notice" role="status">
      {t(said === 'filed' ? 'capture_filed' : 'capture_filed_failed')}{' '}
      {said === 'filed' && <a href={routeHash({ name: 'evidence' })}>{t('evidence_link')}</a>}{' '}
      <button type="button" class="secondary" onClick={() => setSaid(null)}>
        {t('notice_dismiss')}
      </button>
    </p>
  );
}
