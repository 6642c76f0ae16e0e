import { useEffect, useState } from 'preact/hooks';
import { inChainOrder } from '@/lib/evidence/entry';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { roomUsed } from '@/lib/storage/room';
import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';
import { EvidenceCheck } from './evidence-check';
import { EvidenceForm } from './evidence-form';
import { EvidenceList } from './evidence-list';
import { routeHash } from '@/lib/state/route';

/**
 * The record of what happened: add entries and files, see them, check the chain. Opened from a
 * finding's "Write this down", the new entry starts linked to it.
 */
export function EvidencePage({ route }: Partial<PageProps>) {
  const store = usePlanStore();
  const [room, setRoom] = useState<{ usedMb: number; quotaMb: number } | null>(null);
  const [resealing, setResealing] = useState<[number, number] | null>(null);
  const entries = inChainOrder(valuesOf(store.records.value, 'evidence'));
  const inSession = store.mode === 'session';

  useEffect(() => {
    if (inSession) return;
    void roomUsed().then(setRoom);
    void store
      .resealEvidence((done, total) => setResealing(done < total ? [done, total] : null))
      .catch(() => undefined);
  }, [inSession]);

  return (
    <section aria-labelledby="evidence-heading">
      <h1 id="evidence-heading">{t('evidence_title')}</h1>
      {inSession ? (
        <p class="lead">{t('evidence_session')}</p>
      ) : (
        <>
          <p class="lead">{t('evidence_lead')}</p>
          {!store.evidenceKeepsFiles() && <p class="warning">{t('evidence_memory')}</p>}
          {resealing && <p role="status">{t('evidence_resealing', resealing.map(String))}</p>}
          <section class="card" aria-labelledby="evidence-add-heading">
            <h2 id="evidence-add-heading">{t('evidence_add_title')}</h2>
            <EvidenceForm
              canAddFiles={store.evidenceKeepsFiles()}
              finding={route?.name === 'evidence' ? route.finding : undefined}
            />
          </section>
          <section class="card" aria-labelledby="evidence-list-heading">
            <h2 id="evidence-list-heading">{t('evidence_list_title')}</h2>
            <EvidenceList entries={entries} />
            {entries.length > 0 && <EvidenceCheck />}
            {entries.length > 0 && (
              <a href={routeHash({ name: 'evidence-print' })}>{t('evidence_print')}</a>
            )}
          </section>
          <p>
            <a href={routeHash({ name: 'evidence-archive' })}>{t('evidence_archive_link')}</a>
          </p>
          {room && <p>{t('evidence_room', [String(room.usedMb), String(room.quotaMb)])}</p>}
        </>
      )}
    </section>
  );
}
