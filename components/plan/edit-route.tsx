import { t } from '@/lib/i18n';
import { AccountForm } from './account-form';
import { AccountPage } from './account-page';
import type { PageProps } from '../common/page-registry';
import { usePlanStore } from '../common/store-context';

/** Change an account's name, site or kind. */
export function EditRoute({ route, router }: PageProps) {
  const store = usePlanStore();
  const id = route.name === 'edit' ? route.id : '';
  const account = store.accountsById.value.get(id);
  if (!account) return <AccountPage id={id} />;
  const back = () => router.go({ name: 'account', id: account.id });
  return (
    <AccountForm
      key={account.id}
      initial={account}
      heading={t('edit_title', account.name)}
      submitLabel={t('edit_submit')}
      onCancel={back}
      onSubmit={(input) => {
        void store.updateAccount(account.id, input).then(back);
      }}
    />
  );
}
