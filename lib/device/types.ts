import type { SourceStamp } from '../directory/types';

/** Where an ISDI entry is found: Google Play, Apple's App Store, or sideloaded on Android. */
export type AppStore = 'playstore' | 'appstore' | 'offstore';
/** What the ISDI list says of an app ("safe" rows are never shipped). */
export type IsdiFlag = 'stalkerware' | 'spyware' | 'dual-use';
/** What Echap's lists say: hidden stalkerware, or openly visible monitoring ("watchware"). */
export type EchapType = 'stalkerware' | 'watchware';

/** One Echap indicator as shipped: only what the screens show or look up. */
export interface CompactIndicator {
  /** Brand name. */
  readonly n: string;
  /** Other brand names (Echap's, plus the ISDI list's names for the same packages). */
  readonly a?: readonly string[];
  /** `s` stalkerware, `w` watchware. */
  readonly t: 's' | 'w';
  /** Android packages not in the ISDI list (the others point here from `titles`). */
  readonly p?: readonly string[];
  /** iOS bundle ids. */
  readonly i?: readonly string[];
  /** The vendor's own web addresses, shown as text only. */
  readonly w?: readonly string[];
}

/**
 * Both lists, compiled at build time (lib/build/device-data.ts) into one compact module.
 * The ISDI rows are three parallel columns, sorted by app id:
 * - `ids`: one id a line, front-coded: the line's first character is the number of leading
 *   characters shared with the previous id, plus 35; the rest follows;
 * - `titles`: one a line: the name a phone shows; empty when the same as the line before;
 *   `@n` when the row is one of Echap indicator n's packages (its names are there);
 * - `flags`: two characters a row: the store (`p`, `a`, `o`) and the flag (`s` stalkerware,
 *   `x` spyware, `d` dual-use).
 */
export interface CompiledDeviceData {
  readonly sources: readonly SourceStamp[];
  readonly ids: string;
  readonly titles: string;
  readonly flags: string;
  readonly echap: readonly CompactIndicator[];
}

/** Front-coding: the prefix length is stored as a character from this code point on. */
export const PREFIX_BASE = 35;
/** Longest shared prefix one character can say (35 + 90 = `}`). */
export const PREFIX_MAX = 90;

export const STORE_CODES: Readonly<Record<string, AppStore>> = {
  p: 'playstore',
  a: 'appstore',
  o: 'offstore',
};
export const FLAG_CODES: Readonly<Record<string, IsdiFlag>> = {
  s: 'stalkerware',
  x: 'spyware',
  d: 'dual-use',
};
