import { t } from '../i18n';

/**
 * The page's mount point, emptied of the static private-window note the HTML carries for when
 * the app cannot start (lib/build/private-window-note.ts). A page without one is a build
 * mistake, said plainly.
 */
export function mountRoot(id: string): HTMLElement {
  const root = document.getElementById(id);
  if (!root) throw new Error(`Lockstep page has no #${id} element`);
  root.replaceChildren();
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

/** After erasing: says so, and starts again only when the person asks (nothing is recreated). */
export function showErased(doc: Document = document): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'status');
  message.textContent = t('wipe_done');
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = t('wipe_restart');
  again.addEventListener('click', () => location.replace(location.pathname));
  const main = document.createElement('main');
  main.className = 'erased';
  main.append(message, again);
  doc.body.replaceChildren(main);
}
