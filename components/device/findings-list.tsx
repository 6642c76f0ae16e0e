import { t, type MessageKey } from '@/lib/i18n';
import type { AppVerdict, Finding } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { formatDate } from '@/lib/ui/format';
import { useDeviceRecords } from './device-records';
import { deviceLabel } from './labels';

const VERDICT_LABELS: Record<AppVerdict, MessageKey> = {
  stalkerware: 'lookup_verdict_stalkerware',
  'dual-use': 'lookup_verdict_dual',
  'not-listed': 'lookup_verdict_none',
};

/** What a finding is, in one line: what the lists said, or where in this browser it was seen. */
function findingText(finding: Finding): string {
  if (finding.source === 'browser-extension') return t('findings_source_extension');
  if (finding.source === 'browser-history')
    return t(
      'findings_source_history',
      finding.seenAt === undefined ? t('date_unknown') : formatDate(finding.seenAt),
    );
  return t(finding.verdict ? VERDICT_LABELS[finding.verdict] : 'findings_verdict_many');
}

/** The findings kept on the plan (device check and this browser), newest first, each removable. */
export function FindingsList() {
  const records = useDeviceRecords();
  const findings = [...records.findings.value].sort((a, b) => b.at - a.at);
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findings_title')}</h2>
      {findings.length === 0 ? (
        <p class="muted">{t('findings_empty')}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding) => (
            <li key={finding.id} class="card">
              <p>
                <strong>{finding.subject}</strong>
                {finding.device && <> · {deviceLabel(finding.device)}</>}
              </p>
              <p>
                {findingText(finding)}.{' '}
                <span class="muted">{t('findings_saved_on', formatDate(finding.at))}</span>
              </p>
              {finding.source === 'browser-history' && finding.matches.length > 0 && (
                <p>{t('findings_listed_for', finding.matches.map((m) => m.id).join(', '))}</p>
              )}
              <a
                href={routeHash({ name: 'evidence', finding: finding.id })}
                aria-label={t('findings_write_down_label', finding.subject)}
              >
                {t('findings_write_down')}
              </a>{' '}
              <button
                type="button"
                onClick={() => records.removeFinding(finding.id)}
                aria-label={t('findings_remove_label', finding.subject)}
              >
                {t('findings_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
