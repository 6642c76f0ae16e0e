import { browser } from 'wxt/browser';
import { alarmsAreOptional } from './differences';

/** The optional permissions check-ups use: `alarms` for the rhythm, `notifications` if chosen. */
export type CheckUpPermission = 'alarms' | 'notifications';

/**
 * The one place check-ups ask for or give back an optional permission. `on`: asks (call it first
 * thing in a click handler: browsers only ask after a user gesture) and resolves whether it is
 * granted. Off: gives it back and resolves false. A permission the build declares at install
 * (`alarms` in Firefox, both in the test build) is never asked for or given back. Never rejects.
 */
export async function setCheckUpPermission(
  permission: CheckUpPermission,
  on: boolean,
): Promise<boolean> {
  if (permission === 'alarms' && !alarmsAreOptional()) return on;
  const request = { permissions: [permission] };
  try {
    if (on) return await browser.permissions.request(request);
    await browser.permissions.remove(request);
  } catch {
    // Refused, or declared at install (the test build): nothing to ask for or give back.
    if (on) return browser.permissions.contains(request).catch(() => false);
  }
  return false;
}
