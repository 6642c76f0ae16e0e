import type { SourceStamp } from '../directory/types';

/**
 * The hosts of Echap's stalkerware indicators, as the build emits them for the history review
 * (lib/build/browser-indicators.ts): compact, loaded only when the review runs.
 */
export interface CompiledBrowserIndicators {
  readonly sources: readonly SourceStamp[];
  /** Each app: its name and type (`s` stalkerware; `w` watchware, sold openly to watch children or staff). */
  readonly apps: readonly { readonly n: string; readonly t: 's' | 'w' }[];
  /**
   * One line per host: `<kind>[=]<app index> <host>`. Kind `s`: the vendor's own site; `v`: a
   * server the app reports to. Both match the host and its subdomains, except with `=`: the
   * exact host only (a host on shared hosting such as appspot.com, or an IP address).
   */
  readonly hosts: string;
}

/** Why a host is on the lists. */
export type HostKind = 'site' | 'server';

/** One way a host is on the lists. */
export interface HostEntry {
  /** The app's index in `apps`. */
  readonly app: number;
  readonly kind: HostKind;
  /** Matches the exact host only, never its subdomains. */
  readonly exact: boolean;
}
