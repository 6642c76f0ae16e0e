import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { QuickExitExplainerText } from './quick-exit-settings';
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
