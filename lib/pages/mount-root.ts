import { t } from '../i18n';

/** The page's mount point; a page without one is a build mistake, said plainly. */
export function mountRoot(id: string): HTMLElement {
  const root = document.getElementById(id);
  if (!root) throw new Error(`Lockstep page has no #${id} element`);
  return root;
}

/** Shown before the app can render, while an old Lockstep tab holds the database. */
export function showBlocked(root: HTMLElement): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'notice';
  message.textContent = `${t('notice_blocked_title')} ${t('notice_blocked_body')}`;
  root.replaceChildren(message);
}
