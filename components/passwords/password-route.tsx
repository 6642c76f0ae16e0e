import type { PageProps } from '../common/page-registry';
import { PasswordPage } from './password-page';
import { usePlanStore } from '../common/store-context';

/** Check or create a password, for one account or on its own. */
export function PasswordRoute({ route }: PageProps) {
  const store = usePlanStore();
  const id = route.name === 'password' ? route.id : undefined;
  return (
    <PasswordPage key={id ?? ''} account={id ? store.accountsById.value.get(id) : undefined} />
  );
}
