import { browser } from 'wxt/browser';
import {
  FEATURE_NEEDS,
  isOptionalPermission,
  isPermissionFeature,
  toRelease,
  toRequest,
  unheld,
  WHILE_RUNNING,
  type OptionalPermission,
  type PermissionFeature,
} from '../permissions/holds';

/**
 * The one module that asks for, checks and gives back Lockstep's optional permissions, by the
 * features that hold them (lib/permissions/holds.ts). The holds of reviews that run only while
 * their page is open are kept in `storage.session` (memory only, shared by Lockstep's pages,
 * gone when the browser closes); the lasting features' holds are the plan's settings, which the
 * caller passes in (`lastingHolds(settings)`).
 */
const RUNNING_KEY = 'permission-holds';

/** The permissions this build declares optional (none in the test build: all are required). */
function optionalHere(): ReadonlySet<OptionalPermission> {
  const declared: unknown[] = browser.runtime.getManifest().optional_permissions ?? [];
  return new Set(declared.filter(isOptionalPermission));
}

async function runningHolds(): Promise<PermissionFeature[]> {
  try {
    const stored = (await browser.storage.session.get(RUNNING_KEY))[RUNNING_KEY];
    return Array.isArray(stored) ? stored.filter(isPermissionFeature) : [];
  } catch {
    return [];
  }
}

async function setRunningHolds(features: readonly PermissionFeature[]): Promise<void> {
  try {
    if (features.length) await browser.storage.session.set({ [RUNNING_KEY]: [...features] });
    else await browser.storage.session.remove(RUNNING_KEY);
  } catch {
    // No session storage (an old browser): the holds then end with the page.
  }
}

/** Whether every permission `feature` needs is granted now. Never rejects. */
async function featureAllowed(feature: PermissionFeature): Promise<boolean> {
  return browser.permissions
    .contains({ permissions: [...FEATURE_NEEDS[feature]] })
    .catch(() => false);
}

/** The optional permissions granted now (in one call). Never rejects. */
export async function grantedOptional(): Promise<OptionalPermission[]> {
  const optional = optionalHere();
  const { permissions = [] } = await browser.permissions
    .getAll()
    .catch(() => ({ permissions: [] as string[] }));
  return permissions.filter(isOptionalPermission).filter((p) => optional.has(p));
}

/**
 * Turns a feature on: asks for what it needs that this build declares optional, and records a
 * review's hold. Call it first thing in a click handler (browsers only ask after the person's
 * own gesture, and Firefox only inside the handler itself). Resolves whether the feature may
 * run. Never rejects.
 */
export async function turnOn(feature: PermissionFeature): Promise<boolean> {
  const ask = toRequest(feature, optionalHere());
  let allowed: boolean;
  try {
    allowed = ask.length ? await browser.permissions.request({ permissions: ask }) : true;
  } catch {
    allowed = false;
  }
  if (allowed) allowed = await featureAllowed(feature);
  if (allowed && WHILE_RUNNING.has(feature)) {
    const running = await runningHolds();
    if (!running.includes(feature)) await setRunningHolds([...running, feature]);
  }
  return allowed;
}

/**
 * Turns a feature off: ends a review's hold, and gives back what no other feature still on
 * needs. `lastingOn` is `lastingHolds(settings)` as the settings stand. Never rejects.
 */
export async function turnOff(
  feature: PermissionFeature,
  lastingOn: readonly PermissionFeature[],
): Promise<void> {
  const running = (await runningHolds()).filter((f) => f !== feature);
  if (WHILE_RUNNING.has(feature)) await setRunningHolds(running);
  const give = toRelease(feature, [...lastingOn, ...running], optionalHere());
  if (give.length) await browser.permissions.remove({ permissions: give }).catch(() => false);
}

/**
 * Gives back every optional permission that no feature holds: at a fresh start, and after quick
 * exit (`endReviews`: a review cut short ends there). Never rejects.
 */
export async function giveBackUnheld(
  lastingOn: readonly PermissionFeature[],
  { endReviews = false } = {},
): Promise<void> {
  if (endReviews) await setRunningHolds([]);
  const held = [...lastingOn, ...(await runningHolds())];
  const give = unheld(await grantedOptional(), held, optionalHere());
  if (give.length) await browser.permissions.remove({ permissions: give }).catch(() => false);
}

/** Erase: every review ends and every optional permission goes back. Never rejects. */
export async function giveBackAll(): Promise<void> {
  await giveBackUnheld([], { endReviews: true });
}
