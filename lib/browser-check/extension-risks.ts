/**
 * What an installed extension could do or how it got there, in the terms the review shows
 * (pure: the facts come from `management.getAll()` through lib/browser/extensions.ts).
 */

/** The facts of one installed extension that the review reads. */
export interface ExtensionFacts {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  /** admin (policy), development, normal (a store), sideload, other. */
  readonly installType?: string;
  /** extension, theme, hosted_app… */
  readonly type?: string;
  readonly permissions?: readonly string[];
  readonly hostPermissions?: readonly string[];
}

/** Something worth a look, each shown in plain words. */
export type ExtensionFlag =
  'all-sites' | 'sensitive' | 'by-policy' | 'outside-store' | 'developer' | 'disabled';

/**
 * API permissions that can watch a person or the browser, grouped as the review names them
 * (several API names share one plain meaning).
 */
export const SENSITIVE_PERMISSIONS = {
  history: ['history', 'topSites'],
  tabs: ['tabs'],
  cookies: ['cookies'],
  requests: ['webRequest', 'webRequestBlocking', 'webNavigation', 'declarativeNetRequestFeedback'],
  debugger: ['debugger'],
  proxy: ['proxy'],
  clipboard: ['clipboardRead'],
  'native-messaging': ['nativeMessaging'],
  capture: ['desktopCapture', 'tabCapture', 'pageCapture'],
  management: ['management'],
} as const satisfies Record<string, readonly string[]>;

export type SensitiveKind = keyof typeof SENSITIVE_PERMISSIONS;

const KIND_OF = new Map<string, SensitiveKind>(
  Object.entries(SENSITIVE_PERMISSIONS).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as SensitiveKind] as const),
  ),
);

/** The review of one extension. */
export interface ExtensionReview {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly flags: readonly ExtensionFlag[];
  /** For `sensitive`: which kinds of access, in a fixed order. */
  readonly sensitive: readonly SensitiveKind[];
}

/** A match pattern that covers every site: `<all_urls>`, or any scheme with the host `*`. */
export function coversEverySite(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const found = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)\//u.exec(pattern);
  if (!found) return false;
  const host = found[2] ?? '';
  // `*` is every host; `*.com` a whole top-level domain is as good as every site.
  return found[1] !== 'file' && (host === '*' || /^\*\.[^.]+$/u.test(host));
}

/** Flags one extension by the rules the review explains (a table in tests/unit). */
export function reviewExtension(facts: ExtensionFacts): ExtensionReview {
  const flags: ExtensionFlag[] = [];
  if ((facts.hostPermissions ?? []).some(coversEverySite)) flags.push('all-sites');
  const kinds = new Set<SensitiveKind>();
  for (const permission of facts.permissions ?? []) {
    const kind = KIND_OF.get(permission);
    if (kind) kinds.add(kind);
  }
  if (kinds.size) flags.push('sensitive');
  if (facts.installType === 'admin') flags.push('by-policy');
  if (facts.installType === 'sideload' || facts.installType === 'other')
    flags.push('outside-store');
  if (facts.installType === 'development') flags.push('developer');
  if (!facts.enabled) flags.push('disabled');
  const order = Object.keys(SENSITIVE_PERMISSIONS) as SensitiveKind[];
  return {
    id: facts.id,
    name: facts.name,
    enabled: facts.enabled,
    flags,
    sensitive: order.filter((kind) => kinds.has(kind)),
  };
}

/**
 * Every other extension (never Lockstep itself, never a theme: a theme can do nothing of the
 * kind), the ones with the most flags first, then by name.
 */
export function reviewExtensions(
  all: readonly ExtensionFacts[],
  selfId: string,
): ExtensionReview[] {
  return all
    .filter((facts) => facts.id !== selfId && facts.type !== 'theme')
    .map(reviewExtension)
    .sort((a, b) => b.flags.length - a.flags.length || a.name.localeCompare(b.name));
}
