import type { DeviceKind, FindingDraft, FindingMatch } from '../plan/records';
import type { AppLookup } from './lists';

/**
 * What an app lookup keeps as a finding on the plan: what was typed, what the lists say (no
 * verdict when several apps share the name) and every entry it matched, with its store and id.
 */
export function findingFromLookup(result: AppLookup, device?: DeviceKind, note = ''): FindingDraft {
  const matches: FindingMatch[] = [];
  for (const app of result.apps) {
    if (app.echap) matches.push({ list: 'echap', id: app.echap.name });
    for (const entry of app.entries)
      if (result.by !== 'package' || result.matchedIds.includes(entry.id.toLowerCase()))
        matches.push({ list: 'isdi', id: entry.id, store: entry.store });
  }
  return {
    source: 'app-lookup',
    ...(device ? { device } : {}),
    subject: result.query,
    ...(result.verdict ? { verdict: result.verdict } : {}),
    matches,
    note,
  };
}
