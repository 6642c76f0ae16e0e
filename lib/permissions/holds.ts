/**
 * Which Lockstep feature holds which optional permission (pure). A permission is asked for when
 * the person turns a feature on, and given back only when no feature they still have on needs
 * it: `history` serves both the quick-exit clean-up and the history review, so ending the review
 * must not take it from the clean-up.
 */

/** Every permission Lockstep may hold as optional in some build. */
export const OPTIONAL_PERMISSIONS = ['history', 'alarms', 'notifications', 'management'] as const;
export type OptionalPermission = (typeof OPTIONAL_PERMISSIONS)[number];

/** Every feature that needs an optional permission. */
export const PERMISSION_FEATURES = [
  'history-cleanup',
  'checkup-reminders',
  'checkup-notifications',
  'extension-review',
  'history-review',
] as const;
export type PermissionFeature = (typeof PERMISSION_FEATURES)[number];

/** What each feature needs. */
export const FEATURE_NEEDS: { readonly [F in PermissionFeature]: readonly OptionalPermission[] } = {
  // Quick exit and the lock delete visits to Lockstep's own pages (a setting, kept on).
  'history-cleanup': ['history'],
  // The alarm that shows the dot when a check-up is due (on while a rhythm is chosen).
  'checkup-reminders': ['alarms'],
  // A system notification when a check-up is due (a setting, kept on).
  'checkup-notifications': ['notifications'],
  // This browser: the list of other extensions (only while that review runs).
  'extension-review': ['management'],
  // This browser: the search of history for stalkerware sites (only while it runs).
  'history-review': ['history'],
};

/**
 * Features held only while their review runs on a page. Their holds are kept in memory only
 * (never on disk: that a review ran is itself sensitive) and end with the review, quick exit,
 * erase or the browser closing.
 */
export const WHILE_RUNNING: ReadonlySet<PermissionFeature> = new Set<PermissionFeature>([
  'extension-review',
  'history-review',
]);

export function isPermissionFeature(value: unknown): value is PermissionFeature {
  return (PERMISSION_FEATURES as readonly unknown[]).includes(value);
}

export function isOptionalPermission(value: unknown): value is OptionalPermission {
  return (OPTIONAL_PERMISSIONS as readonly unknown[]).includes(value);
}

/** The plan settings that say which lasting features are on. */
export interface LastingSettings {
  readonly clearHistory: boolean;
  readonly checkUpRhythm: string;
  readonly checkUpNotify: boolean;
}

/** The lasting features the settings have on: the settings are their one source of truth. */
export function lastingHolds(settings: LastingSettings): PermissionFeature[] {
  const on: PermissionFeature[] = [];
  if (settings.clearHistory) on.push('history-cleanup');
  if (settings.checkUpRhythm !== 'off') on.push('checkup-reminders');
  if (settings.checkUpNotify) on.push('checkup-notifications');
  return on;
}

/** What to ask for to turn `feature` on: its permissions that this build declares optional. */
export function toRequest(
  feature: PermissionFeature,
  optional: ReadonlySet<OptionalPermission>,
): OptionalPermission[] {
  return FEATURE_NEEDS[feature].filter((permission) => optional.has(permission));
}

/**
 * What to give back when `feature` ends: its optional permissions that none of `held` (the
 * features still on, `feature` itself ignored) needs. Permissions declared at install are
 * never given back.
 */
export function toRelease(
  feature: PermissionFeature,
  held: Iterable<PermissionFeature>,
  optional: ReadonlySet<OptionalPermission>,
): OptionalPermission[] {
  const stillNeeded = new Set<OptionalPermission>();
  for (const other of held) {
    if (other === feature) continue;
    for (const permission of FEATURE_NEEDS[other]) stillNeeded.add(permission);
  }
  return toRequest(feature, optional).filter((permission) => !stillNeeded.has(permission));
}

/**
 * The optional permissions granted that no feature in `held` needs: given back at a fresh
 * start, after quick exit and after erase, so a review cut short never leaves one behind.
 */
export function unheld(
  granted: Iterable<OptionalPermission>,
  held: Iterable<PermissionFeature>,
  optional: ReadonlySet<OptionalPermission>,
): OptionalPermission[] {
  const needed = new Set<OptionalPermission>();
  for (const feature of held)
    for (const permission of FEATURE_NEEDS[feature]) needed.add(permission);
  return [...new Set(granted)].filter((p) => optional.has(p) && !needed.has(p));
}
