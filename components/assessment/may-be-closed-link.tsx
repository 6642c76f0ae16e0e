import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';

/**
 * " — may be closed — confirm", linked to the account's questions: the same words on the map's
 * list and on the account page, for the same edges (lib/assessment/may-be-closed.ts).
 */
export function MayBeClosedLink({ accountId }: { readonly accountId: string }) {
  return (
    <>
      {' — '}
      <a href={routeHash({ name: 'look', id: accountId })}>{t('map_may_be_closed')}</a>
    </>
  );
}
