import { t } from '@/lib/i18n';
import { AccountForm } from './account-form';
import type { PageProps } from '../common/page-registry';
import { LockOffer } from '../safety/lock-offer';
import { SiteCheck } from '../directory/site-check';
import { usePlanStore } from '../common/store-context';

/** Add an account (the lock offered first, while nothing is saved yet), and check a site. */
export function AddRoute({ route, router }: PageProps) {
  const store = usePlanStore();
  const site = route.name === 'add' ? route.site : undefined;
  const toPlan = () => router.go({ name: 'plan' });
  return (
    <>
      <LockOffer place="add" />
      <AccountForm
        key={site ?? ''}
        withSearch
        hasMainEmail={store.accounts.value.some((a) => a.kind === 'primary-email')}
        initial={site ? { name: '', site, kind: 'other' } : undefined}
        heading={t('add_title')}
        submitLabel={t('add_submit')}
        onCancel={toPlan}
        onSubmit={(input) => {
          void store.addAccount(input).then(toPlan);
        }}
      />
      <SiteCheck />
    </>
  );
}
