import { historyKeepsLockstepPages } from '@/lib/browser/differences';
import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';

/** Shown once, on the plan, until the person has read what quick exit can and cannot hide. */
export function QuickExitExplainer() {
  const store = usePlanStore();
  const settings = store.settings.value;
  if (settings.quickExitExplained) return null;
  return (
    <aside class="card explainer" aria-labelledby="exit-explainer-heading">
      <h2 id="exit-explainer-heading">{t('exit_explain_title')}</h2>
      <QuickExitExplainerText clearHistory={settings.clearHistory} />
      <div class="form-actions">
        <button
          type="button"
          class="primary"
          onClick={() => void store.updateSetting('quickExitExplained', true)}
        >
          {t('exit_explain_ok')}
        </button>
        <a href={routeHash({ name: 'data' })}>{t('exit_explain_settings')}</a>
      </div>
    </aside>
  );
}

function historyText(clearHistory: boolean): string {
  if (!historyKeepsLockstepPages()) return t('exit_explain_history_none');
  return clearHistory ? t('exit_explain_history_on') : t('exit_explain_history_off');
}

/** What quick exit does and what it cannot hide; honest about history, per browser. */
export function QuickExitExplainerText({ clearHistory }: { readonly clearHistory: boolean }) {
  return (
    <>
      <p>{t('exit_explain_what')}</p>
      <p>{t('exit_explain_limits')}</p>
      <p>{t('exit_explain_trace')}</p>
      <p>{historyText(clearHistory)}</p>
    </>
  );
}
