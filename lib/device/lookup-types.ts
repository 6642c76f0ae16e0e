/** What the app lookup answers (lib/device/lists.ts builds it). Pure types. */
import type { SourceStamp } from '../directory/types';
import type { AppVerdict } from '../plan/records';
import type { AppStore, EchapType, IsdiFlag } from './types';

/** One row of the ISDI list. */
export interface IsdiEntry {
  readonly id: string;
  readonly store: AppStore;
  readonly flag: IsdiFlag;
  /** The name a phone shows (for rows of an Echap app, that app's name). */
  readonly title: string;
}

/** One Echap app. */
export interface EchapEntry {
  readonly name: string;
  readonly type: EchapType;
  /** The vendor's own web addresses: shown as text, never as links. */
  readonly websites: readonly string[];
}

/** One listed app: an Echap app with the ISDI rows of its packages, or one ISDI row (or one
 * family of ISDI stalkerware rows sharing their list of brand names). */
export interface ListedApp {
  /** Stable within one build of the lists. */
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The more serious of what the lists say of it. */
  readonly verdict: Exclude<AppVerdict, 'not-listed'>;
  readonly echap?: EchapEntry;
  /** Its app ids in the ISDI list. */
  readonly entries: readonly IsdiEntry[];
  /** Echap's own Android packages and iOS bundle ids that the ISDI list does not have. */
  readonly echapPackages: readonly string[];
  readonly echapBundles: readonly string[];
}

export type LookupBy = 'package' | 'website' | 'name';

export interface AppLookup {
  /** What the person typed, trimmed. */
  readonly query: string;
  readonly by: LookupBy;
  /** Exact matches: of the id or address, or of the name. */
  readonly apps: readonly ListedApp[];
  /** For a package or bundle id: the ids that matched (lower case). */
  readonly matchedIds: readonly string[];
  /** Listed names that start with what was typed: not matches, shown as such. */
  readonly similar: readonly ListedApp[];
  /**
   * What the lists say: `not-listed` when nothing matched (never "safe"); `undefined` when a
   * name is shared by several listed apps (each is shown with its store and id).
   */
  readonly verdict: AppVerdict | undefined;
}

export interface DeviceLists {
  readonly sources: readonly SourceStamp[];
  /** How many app ids and packages both lists hold. */
  readonly size: number;
  lookup(query: string): AppLookup;
}
