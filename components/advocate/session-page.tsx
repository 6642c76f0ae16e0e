import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/ui/plural';
import { routeHash } from '@/lib/state/route';
import { browserSessionArea, readSession } from '@/lib/storage/session-storage';
import { usePlanStore } from '../common/store-context';
import { HandOver } from './hand-over';
import { minutesSince } from './session-banner';
import { SessionEnd } from './session-end';
import { SessionStart } from './session-start';
import { useDiscreet } from '../safety/use-shell-text';
import { shellKey } from '@/lib/safety/discreet-words';

/** Start a session with an advocate, and, while it runs: print, hand over, end. */
export function SessionPage() {
  const discreet = useDiscreet();
  const store = usePlanStore();
  const area = browserSessionArea();
  const inSession = store.mode === 'session';
  const [startedAt, setStartedAt] = useState<number | null>(null);

  useEffect(() => {
    if (inSession && area) void readSession(area).then((s) => setStartedAt(s?.startedAt ?? null));
  }, [inSession]);

  if (!inSession) return <SessionStart area={area} />;

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
