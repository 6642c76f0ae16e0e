import { useEffect, useState } from 'preact/hooks';
import { singleEntry } from '@/lib/directory/directory';
import { suggestKind } from '@/lib/directory/kind';
import type { CompactEntry } from '@/lib/directory/types';
import type { AccountKind } from '@/lib/plan/kinds';
import type { AccountInput } from '@/lib/state/plan-store';
import { useDirectory } from '../directory/directory-context';

interface Options {
  readonly initial: AccountInput;
  /** The directory search fills the fields (when adding). */
  readonly withSearch: boolean;
  /** The plan holds a main email already (a picked email then suggests "Other email"). */
  readonly hasMainEmail: boolean;
}

/**
 * The account being added or edited: its name, site and kind, and the name's error. A pick in the
 * directory fills the name and site and suggests a kind, unless the person chose one.
 */
export function useAccountDraft({ initial, withSearch, hasMainEmail }: Options) {
  const [name, setName] = useState(initial.name);
  const [site, setSite] = useState(initial.site);
  const [kind, setKind] = useState<AccountKind>(initial.kind);
  // Once the person picks a kind themselves, a directory pick never changes it.
  const [kindChosen, setKindChosen] = useState(false);
  const [error, setError] = useState('');
  const directory = useDirectory();

  // Arriving with a site (from the popup's "Add to my plan"): fill in what the directory knows.
  useEffect(() => {
    if (!withSearch || !directory || !initial.site || initial.name) return;
    const found = directory.lookup(initial.site);
    const entry = singleEntry(found);
    if (!entry) return;
    setName(entry.n);
    setKind(suggestKind(entry, { hasMainEmail }));
  }, [directory, withSearch, initial.site, initial.name, hasMainEmail]);

  const pick = (entry: CompactEntry) => {
    setName(entry.n);
    setSite(entry.d);
    if (!kindChosen) setKind(suggestKind(entry, { hasMainEmail }));
    setError('');
  };
  const chooseKind = (chosen: AccountKind) => {
    setKind(chosen);
    setKindChosen(true);
  };
  const typeName = (typed: string) => {
    setName(typed);
    setError('');
  };

  return { name, typeName, site, setSite, kind, chooseKind, error, setError, pick };
}
