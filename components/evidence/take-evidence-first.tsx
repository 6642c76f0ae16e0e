import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { usePlanStore } from '../common/store-context';

/** Before erasing: when the record has entries, a way to take them along first. */
export function TakeEvidenceFirst() {
  const store = usePlanStore();
  const entries = valuesOf(store.records.value, 'evidence').filter(
    (e) => e.removedAt === undefined,
  );
  if (entries.length === 0 || !store.evidenceKeepsFiles()) return null;
  return (
    <p class="warning">
      {t('wipe_take_evidence')} <a href="#/evidence-archive">{t('wipe_take_evidence_link')}</a>
    </p>
  );
}
