import type { EvidenceLinks } from '@/lib/evidence/entry';
import { t, type MessageKey } from '@/lib/i18n';
import { DEVICE_KINDS, valuesOf, type DeviceKind } from '@/lib/plan/records';
import { shellKey } from '@/lib/safety/discreet-words';
import { usePlanStore } from '../common/store-context';
import { deviceLabel } from '../device/labels';
import { useDiscreet } from '../safety/use-shell-text';

const isDeviceKind = (kind: string): kind is DeviceKind =>
  (DEVICE_KINDS as readonly string[]).includes(kind);

/**
 * What an entry is linked to in the plan, one plain line a kind: what was found, the device,
 * the accounts. A link whose record was removed since says so. In discreet mode the finding's
 * line uses its neutral twin (lib/safety/discreet-words.ts).
 */
export function EntryLinks({ links }: { readonly links: EvidenceLinks }) {
  const store = usePlanStore();
  const discreet = useDiscreet();
  const findings = valuesOf(store.records.value, 'finding');
  const accounts = store.accountsById.value;
  const gone = t('evidence_links_gone');
  const lines: [MessageKey, string[]][] = [
    [
      'evidence_links_findings',
      links.findings.map((id) => findings.find((f) => f.id === id)?.subject ?? gone),
    ],
    ['evidence_links_devices', links.devices.map((d) => (isDeviceKind(d) ? deviceLabel(d) : gone))],
    ['evidence_links_accounts', links.accounts.map((id) => accounts.get(id)?.name ?? gone)],
  ];
  const shown = lines.filter(([, names]) => names.length > 0);
  if (shown.length === 0) return null;
  return (
    <ul class="evidence-links" aria-label={t('evidence_links_label')}>
      {shown.map(([key, names]) => (
        <li key={key}>{t(shellKey(key, discreet), names.join(', '))}</li>
      ))}
    </ul>
  );
}
