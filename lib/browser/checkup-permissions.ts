import { browser } from 'wxt/browser';

/** The optional permissions check-ups use: `alarms` for the rhythm, `notifications` if chosen. */
export type CheckUpPermission = 'alarms' | 'notifications';

/**
 * The one place check-ups ask for or give back an optional permission. `on`: asks (call it first
 * thing in a click handler: browsers only ask after a user gesture) and resolves whether it is
 * granted. Off: gives it back (a required permission, as in the test build, stays) and resolves
 * false. Never rejects.
 */
export async function setCheckUpPermission(
  permission: CheckUpPermission,
  on: boolean,
): Promise<boolean> {
  const request = { permissions: [permission] };
  if (on) return browser.permissions.request(request).catch(() => false);
  await browser.permissions.remove(request).catch(() => false);
  return false;
}
