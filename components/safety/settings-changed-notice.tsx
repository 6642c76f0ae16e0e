import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SettingChange } from '@/lib/storage/plan-storage';
import { usePlanStore } from '../common/store-context';
import { ImportOutcome, type Message } from '../transfer/transfer-message';
import { SETTING_LABELS, settingValueText } from './setting-texts';
import { useShellText } from './use-shell-text';

interface Props {
  readonly changes: readonly SettingChange[];
}

/**
 * Shown after an unlock instead of any page when settings kept in clear differ from the copy
 * sealed in the plan: each one with both values, then the person's choice (both are stored).
 */
export function SettingsChangedNotice({ changes }: Props) {
  const store = usePlanStore();
  const text = useShellText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Message>(null);

  const choose = async (choice: 'put-back' | 'keep') => {
    setBusy(true);
    setOutcome(null);
    const saved = await store.resolveSettingChanges(choice);
    setBusy(false);
    // The write is one transaction: when it fails, nothing changed (lib/storage/settings-seal.ts).
    if (!saved) setOutcome({ text: t('settings_changed_failed'), error: true });
  };

  return (
    <section class="tamper-notice" aria-labelledby="settings-changed-heading">
      <h1 id="settings-changed-heading">{t('settings_changed_title')}</h1>
      <p>{t('settings_changed_body')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('settings_changed_col_setting')}</th>
            <th scope="col">{t('settings_changed_col_sealed')}</th>
            <th scope="col">{t('settings_changed_col_now')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map(({ key, sealed, current }) => (
            <tr key={key}>
              <th scope="row">{text(SETTING_LABELS[key])}</th>
              <td>{settingValueText(key, sealed)}</td>
              <td>{settingValueText(key, current)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('settings_changed_choose')}</p>
      <p>{t('settings_changed_notice_others')}</p>
      <div class="form-actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          aria-busy={busy}
          onClick={() => void choose('put-back')}
        >
          {t('settings_changed_put_back')}
        </button>
        <button type="button" disabled={busy} onClick={() => void choose('keep')}>
          {t('settings_changed_keep')}
        </button>
      </div>
      {/* Focused and read out when it comes, like the import page's outcome. */}
      <ImportOutcome message={outcome} />
    </section>
  );
}
