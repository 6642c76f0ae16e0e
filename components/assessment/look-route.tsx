import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';
import { LookPage } from './look-page';

/** Look first at one account: the page for `#/look/<account id>`. */
export function LookRoute({ route, router }: PageProps) {
  const store = usePlanStore();
  const account = route.name === 'look' ? store.accountsById.value.get(route.id) : undefined;
  if (!account)
    return (
      <section class="empty" aria-labelledby="look-heading">
        <h1 id="look-heading">{t('account_missing_title')}</h1>
        <p>{t('account_missing_body')}</p>
        <a class="button primary" href={routeHash({ name: 'plan' })}>
          {t('back_to_plan')}
        </a>
      </section>
    );
  return <LookPage key={account.id} account={account} router={router} />;
}
