import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import type { PlanData } from '@/lib/storage/plan-storage';
import { startSession, type SessionArea } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { SessionEndOutcome } from './session-end-outcome';
import { postSessionMessage } from './session-channel';
import { useShellText } from '../safety/use-shell-text';

const EMPTY: PlanData = { accounts: [], progress: [], records: [], localHelpLine: null };

interface Props {
  /** Where the session is kept; null where the browser has no session storage. */
  readonly area: SessionArea | null;
}

/** Before a session: what it is, and a start with a copy of the plan or an empty one. */
export function SessionStart({ area }: Props) {
  const text = useShellText();
  const store = usePlanStore();
  const locked = store.state.value === 'locked';
  const [problem, setProblem] = useState(false);

  const start = async (copy: boolean) => {
    if (!area) return;
    try {
      await startSession(area, copy ? store.planData() : EMPTY, store.settings.value);
      postSessionMessage('started');
      history.replaceState(null, '', routeHash({ name: 'session' }));
      location.reload();
    } catch {
      setProblem(true);
    }
  };

  return (
    <section class="session-page">
      <h1>{text('session_start_title')}</h1>
      <SessionEndOutcome />
      <p>{t('session_start_body')}</p>
      <p>{t('session_start_kept')}</p>
      <p>{t('session_quick_exit_lost')}</p>
      {!area ? (
        <p role="alert">{t('session_unavailable')}</p>
      ) : (
        <>
          {locked && <p>{t('session_start_locked')}</p>}
          <div class="actions">
            {!locked && store.accounts.value.length > 0 && (
              <button type="button" onClick={() => void start(true)}>
                {t('session_start_copy')}
              </button>
            )}
            <button type="button" onClick={() => void start(false)}>
              {t('session_start_empty')}
            </button>
          </div>
        </>
      )}
      {problem && <p role="alert">{t('session_problem')}</p>}
    </section>
  );
}
