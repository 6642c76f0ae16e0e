import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/ui/plural';
import { routeHash } from '@/lib/state/route';
import { browserSessionArea, readSession } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { useSafety } from '../common/safety-context';
import { useSessionIdle } from './session-idle';
import { useCloseWhenSessionEnds } from './session-channel';
import { useDiscreet, useShellText } from '../safety/use-shell-text';
import { shellKey } from '@/lib/safety/discreet-words';
import './advocate.css';

/** Whole minutes since `since`. */
export function minutesSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

/**
 * On every page while a session runs (loaded only then): says so and for how long. A session
 * ended in another tab closes this one.
 */
export function SessionBanner() {
  const text = useShellText();
  const discreet = useDiscreet();
  const store = usePlanStore();
  const inSession = store.mode === 'session';
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());

  const idle = useSessionIdle(inSession, useSafety().quickExit);
  useCloseWhenSessionEnds(inSession);
  useEffect(() => {
    if (!inSession) return;
    const area = browserSessionArea();
    if (area) void readSession(area).then((s) => setStartedAt(s?.startedAt ?? null));
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [inSession]);

  if (!inSession) return null;
  const minutes = startedAt === null ? 0 : minutesSince(startedAt, now);
  return (
    <div class="session-banner" role="status">
      <p>
        {tCount(shellKey('session_banner', discreet), minutes)}{' '}
        <a href={routeHash({ name: 'session' })}>{t('session_banner_link')}</a>
      </p>
      {idle.warning && (
        <p class="warning" role="alert">
          {text('session_idle_warning')}{' '}
          <button type="button" onClick={idle.keepGoing}>
            {t('session_idle_keep_going')}
          </button>
        </p>
      )}
    </div>
  );
}
