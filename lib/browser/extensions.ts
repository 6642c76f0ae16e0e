import { browser } from 'wxt/browser';
import type { ExtensionFacts } from '../browser-check/extension-risks';

/**
 * The one module that talks to `browser.management`, through the optional `management`
 * permission (asked for when the person starts the review, given back when it ends).
 */

/** Every installed extension, app and theme, with what the review reads. */
export async function listExtensions(): Promise<ExtensionFacts[]> {
  const all = await browser.management.getAll();
  return all.map(({ id, name, enabled, installType, type, permissions, hostPermissions }) => ({
    id,
    name,
    enabled,
    installType,
    type,
    permissions,
    hostPermissions,
  }));
}

/** Lockstep's own id, left out of the review. */
export function ownId(): string {
  return browser.runtime.id;
}

/**
 * Asks the browser to remove an extension. The browser always shows its own confirmation for
 * another extension; resolves false when the person cancels or the browser refuses (a policy).
 * Call from a click.
 */
export async function removeExtension(id: string): Promise<boolean> {
  try {
    await browser.management.uninstall(id, { showConfirmDialog: true });
    return true;
  } catch {
    return false;
  }
}
