import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import type { Finding } from '@/lib/storage/plan-storage';
import { usePlanStore } from '../common/store-context';

const FOUND: Readonly<Record<Finding, MessageKey>> = {
  'plain-beside-vault': 'tamper_plain_beside_vault',
  'older-vault': 'tamper_older_vault',
  'lock-removed': 'tamper_lock_removed',
};

/**
 * Shown instead of any page when storage caught a change made outside Lockstep: what was found
 * in plain words, and what the person can do (go on, import a locked file, talk to an advocate).
 * Nothing is changed until the person chooses.
 */
export function TamperNotice({ findings }: { readonly findings: readonly Finding[] }) {
  const store = usePlanStore();
  const [busy, setBusy] = useState(false);

  const goOn = async () => {
    setBusy(true);
    await store.acceptFindings();
    setBusy(false);
  };

  return (
    <section class="tamper-notice" aria-labelledby="tamper-heading">
      <h1 id="tamper-heading">{t('tamper_title')}</h1>
      <p>{t('tamper_body')}</p>
      <ul>
        {findings.map((finding) => (
          <li key={finding}>{t(FOUND[finding])}</li>
        ))}
      </ul>
      <h2>{t('tamper_what_now')}</h2>
      <p>{t('tamper_advocate')}</p>
      <p>
        <a href={routeHash({ name: 'help' })}>{t('tamper_help_link')}</a>
      </p>
      <p>{t('tamper_import')}</p>
      <p>
        <a href={routeHash({ name: 'data' })}>{t('tamper_import_link')}</a>
      </p>
      <p>{t('tamper_continue_body')}</p>
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void goOn()}>
        {t('tamper_continue')}
      </button>
    </section>
  );
}
