import { AccountPage } from './account-page';
import type { PageProps } from '../common/page-registry';

/** One account's steps. */
export function AccountRoute({ route }: PageProps) {
  return <AccountPage id={route.name === 'account' ? route.id : ''} />;
}
