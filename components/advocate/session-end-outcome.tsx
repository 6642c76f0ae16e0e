import { useState } from 'preact/hooks';
import type { SessionEnding } from '@/lib/advocate/session-end';
import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';

/** The history entry's state that carries how the session ended across the page's reload. */
export const ENDING_STATE = 'lockstepSessionEnding';

function readEnding(): SessionEnding | null {
  const state: unknown = history.state;
  if (typeof state !== 'object' || state === null) return null;
  const ending = (state as Record<string, unknown>)[ENDING_STATE];
  return ending === 'kept' || ending === 'discarded' ? ending : null;
}

/** Says once, on the page the session ended on, whether its work was kept or discarded. */
export function SessionEndOutcome() {
  const [ending] = useState(() => {
    const read = readEnding();
    if (read) history.replaceState(null, '', location.hash);
    return read;
  });
  if (!ending) return null;
  return (
    <div role="status" class="notice">
      <p>{t(ending === 'kept' ? 'session_ended_kept' : 'session_ended_discarded')}</p>
      <p>
        <a href={routeHash({ name: 'plan' })}>{t('session_ended_open_plan')}</a>
      </p>
    </div>
  );
}
