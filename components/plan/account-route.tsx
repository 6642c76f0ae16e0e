import { AccountPage } from './account-page';
import type { PageProps } from '../common/page-registry';

/** One account's steps (with one step brought into view when the address names it). */
export function AccountRoute({ route }: PageProps) {
  if (route.name !== 'account') return <AccountPage id="" />;
  return <AccountPage key={route.id} id={route.id} arriveAt={route.step} />;
}
