import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';
import { LockedOutPage } from './locked-out-page';

/** The locked-out journey for one account: `#/locked-out/<account id>`. */
export function LockedOutRoute({ route }: PageProps) {
  const store = usePlanStore();
  const account = route.name === 'locked-out' ? store.accountsById.value.get(route.id) : undefined;
  if (!account)
    return (
      <section class="empty" aria-labelledby="locked-heading">
        <h1 id="locked-heading">{t('account_missing_title')}</h1>
        <p>{t('account_missing_body')}</p>
        <a class="button primary" href={routeHash({ name: 'plan' })}>
          {t('back_to_plan')}
        </a>
      </section>
    );
  return <LockedOutPage account={account} />;
}
