import { useState } from 'preact/hooks';
import type { LogCheck } from '@/lib/evidence/check';
import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';

/** "Check this record": recomputes the chain and says plainly what holds and what it means. */
export function EvidenceCheck() {
  const store = usePlanStore();
  const [result, setResult] = useState<LogCheck | null>(null);
  return (
    <div>
      <button type="button" onClick={() => void store.checkEvidence().then(setResult)}>
        {t('evidence_check')}
      </button>
      <div role="status">
        {result && (
          <>
            <p>
              {result.holds
                ? t('evidence_check_holds', [String(result.total), String(result.removed)])
                : t('evidence_check_broken', [
                    String(result.problems.length),
                    String(result.problems[0]?.seq ?? ''),
                  ])}
            </p>
            {result.signed > 0 && <p>{t('evidence_check_signed', String(result.signed))}</p>}
            <p>
              <code class="digest">{t('evidence_head', result.head)}</code>
            </p>
            <p>{t('evidence_check_limits')}</p>
          </>
        )}
      </div>
    </div>
  );
}
