import { historyKeepsLockstepPages } from '@/lib/browser/differences';
import { t, type MessageKey } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { useShellText } from './use-shell-text';

/** Shown once, on the plan, until the person has read what quick exit can and cannot hide. */
export function QuickExitExplainer() {
  const store = usePlanStore();
  const settings = store.settings.value;
  const text = useShellText();
  if (settings.quickExitExplained) return null;
  return (
    <aside class="card explainer" aria-labelledby="exit-explainer-heading">
      <h2 id="exit-explainer-heading">{text('exit_explain_title')}</h2>
      <QuickExitExplainerText clearHistory={settings.clearHistory} onPlan />
      <div class="form-actions">
        <button
          type="button"
          class="primary"
          onClick={() => void store.updateSetting('quickExitExplained', true)}
        >
          {t('exit_explain_ok')}
        </button>
        <a href={routeHash({ name: 'data', section: 'quick-exit' })}>
          {text('exit_explain_settings')}
        </a>
      </div>
    </aside>
  );
}

function historyKey(clearHistory: boolean, onPlan: boolean): MessageKey {
  if (!historyKeepsLockstepPages()) return 'exit_explain_history_none';
  if (clearHistory) return 'exit_explain_history_on';
  // On the plan the clean-up is not "below": it is in the settings the card links to.
  return onPlan ? 'exit_explain_history_off_plan' : 'exit_explain_history_off';
}

/** What quick exit does and what it cannot hide; honest about history, per browser. */
export function QuickExitExplainerText({
  clearHistory,
  onPlan = false,
}: {
  readonly clearHistory: boolean;
  readonly onPlan?: boolean;
}) {
  const text = useShellText();
  return (
    <>
      <p>{text('exit_explain_what')}</p>
      <p>{text(onPlan ? 'exit_explain_limits_plan' : 'exit_explain_limits')}</p>
      <p>{text('exit_explain_trace')}</p>
      <p>{text(historyKey(clearHistory, onPlan))}</p>
      {/* Chromium builds new-tab tiles from history (ghacks.net, "remove elements from Chrome's
          new tab page": point at a tile to remove it); with clean-up on, none is left to show. */}
      {historyKeepsLockstepPages() && !clearHistory && <p>{text('exit_explain_tile')}</p>}
      {/* Sync shows open tabs on the account's other devices (ittrends.news, "cross-platform tab
          syncing in Google Chrome"); Web & App Activity can "also save Chrome history"
          (support.google.com/websearch/answer/54068). Deleting local history reaches neither. */}
      <p>{text('exit_explain_kept')}</p>
    </>
  );
}
