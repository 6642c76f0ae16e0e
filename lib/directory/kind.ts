import type { AccountKind } from '../plan/kinds';
import type { CompactEntry } from './types';

/** The big device-and-cloud accounts: whoever holds them can locate and reach every device. */
const DEVICE_CLOUD =
  /(^|\.)(apple\.com|icloud\.com|google\.com|microsoft\.com|live\.com|samsung\.com)$/;

const BY_CATEGORY: readonly [readonly string[], AccountKind][] = [
  [['email'], 'other-email'],
  [['banking', 'finance', 'payments', 'investing', 'cryptocurrencies', 'insurance'], 'banking'],
  [['social', 'communication'], 'social'],
  [['retail', 'food', 'tickets', 'travel', 'transport'], 'shopping'],
  [['backup', 'cloud'], 'device-cloud'],
];

/** Our kind of account for a directory entry, from its domain and categories. */
export function kindOf(entry: CompactEntry): AccountKind {
  if (DEVICE_CLOUD.test(entry.d) && !entry.c.includes('email')) return 'device-cloud';
  for (const [categories, kind] of BY_CATEGORY)
    if (entry.c.some((c) => categories.includes(c))) return kind;
  return 'other';
}
