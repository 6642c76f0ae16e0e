import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/ui/plural';
import { routeHash } from '@/lib/state/route';
import type { PlanData } from '@/lib/storage/plan-storage';
import { browserSessionArea, readSession, startSession } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { HandOver } from './hand-over';
import { minutesSince } from './session-banner';
import { SessionEnd } from './session-end';
import { SessionEndOutcome } from './session-end-outcome';
import { postSessionMessage } from './session-channel';
import { useDiscreet, useShellText } from '../safety/use-shell-text';
import { shellKey } from '@/lib/safety/discreet-words';

const EMPTY: PlanData = { accounts: [], progress: [], records: [], localHelpLine: null };

/** Start a session with an advocate, and, while it runs: print, hand over, end. */
export function SessionPage() {
  const text = useShellText();
  const discreet = useDiscreet();
  const store = usePlanStore();
  const area = browserSessionArea();
  const inSession = store.mode === 'session';
  const locked = store.state.value === 'locked';
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState(false);

  useEffect(() => {
    if (inSession && area) void readSession(area).then((s) => setStartedAt(s?.startedAt ?? null));
  }, [inSession]);

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

  if (!inSession) {
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

  return (
    <section class="session-page">
      <h1>{t('session_running_title')}</h1>
      <p>
        {tCount(
          shellKey('session_banner', discreet),
          startedAt === null ? 0 : minutesSince(startedAt, Date.now()),
        )}
      </p>
      <p>{t('session_running_body')}</p>
      <p>{t('session_quick_exit_lost')}</p>
      <section aria-labelledby="intake-link-title">
        <h2 id="intake-link-title">{t('session_intake_title')}</h2>
        <p>{t('session_intake_body')}</p>
        <p>
          <a href={routeHash({ name: 'intake' })}>{t('session_intake_open')}</a>
        </p>
      </section>
      <section aria-labelledby="print-title">
        <h2 id="print-title">{t('session_print_title')}</h2>
        <p>{t('session_print_body')}</p>
        <p>
          <a href={routeHash({ name: 'session-print' })}>{t('session_print_open')}</a>
        </p>
      </section>
      <HandOver />
      {area && <SessionEnd area={area} />}
    </section>
  );
}
