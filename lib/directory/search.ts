import type { CompactEntry } from './types';

interface Indexed {
  readonly entry: CompactEntry;
  readonly name: string;
  readonly words: readonly string[];
  readonly hosts: readonly string[];
  readonly categories: readonly string[];
}

export interface DirectorySearch {
  /** Best matches first: name, then domain, then category. Empty for fewer than 2 letters. */
  search(query: string, limit?: number): CompactEntry[];
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** Builds a search over names, domains and category titles (prepared once, so a keystroke is cheap). */
export function createSearch(
  entries: readonly CompactEntry[],
  categoryTitles: Readonly<Record<string, string>>,
): DirectorySearch {
  // Built on the first keystroke, not at load: most pages that load the directory never search.
  let prepared: Indexed[] | undefined;
  const index = (): Indexed[] => {
    if (prepared) return prepared;
    const titles = new Map(Object.entries(categoryTitles).map(([id, title]) => [id, fold(title)]));
    prepared = entries.map((entry) => {
      const name = fold(entry.n);
      return {
        entry,
        name,
        words: name.split(/[^a-z0-9]+/).filter(Boolean),
        hosts: [entry.d, ...(entry.a ?? [])],
        categories: entry.c.flatMap((c) => [c, titles.get(c) ?? '']),
      };
    });
    return prepared;
  };

  const score = (item: Indexed, q: string): number => {
    if (item.name === q) return 100;
    if (item.name.startsWith(q)) return 90;
    if (item.words.some((w) => w.startsWith(q))) return 80;
    if (item.hosts.some((h) => h === q || h.startsWith(q))) return 70;
    if (item.hosts.some((h) => h.includes(q))) return 50;
    if (item.name.includes(q)) return 45;
    if (item.categories.some((c) => c.startsWith(q))) return 20;
    return 0;
  };

  return {
    search(query, limit = 8) {
      const q = fold(query.trim())
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, '');
      if (q.length < 2) return [];
      const hits: { item: Indexed; score: number }[] = [];
      for (const item of index()) {
        const s = score(item, q);
        if (s > 0) hits.push({ item, score: s });
      }
      hits.sort((a, b) => b.score - a.score || a.item.name.length - b.item.name.length);
      return hits.slice(0, limit).map((h) => h.item.entry);
    },
  };
}
