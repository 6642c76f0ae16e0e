import type { Directory } from './directory';
import type { DirectorySearch } from './search';
import type { CompiledSiteRules } from './types';

export interface LoadedDirectory extends Directory, DirectorySearch {}

let directory: Promise<LoadedDirectory> | undefined;
let rules: Promise<CompiledSiteRules> | undefined;

/** The bundled directory, loaded on first use from its own chunk (never a page's first one). */
export function loadDirectory(): Promise<LoadedDirectory> {
  // The matching code (and the public suffix list it needs) loads with the data, not before.
  const loading = performance.now();
  directory ??= Promise.all([
    import('virtual:lockstep/directory'),
    import('./directory'),
    import('./search'),
  ]).then(([{ default: data }, { createDirectory }, { createSearch }]) => {
    const started = performance.now();
    const loaded = { ...createDirectory(data), ...createSearch(data.entries, data.categories) };
    // Read by `npm run bench`: indexing alone, and loading plus indexing.
    performance.measure('lockstep:directory-index', { start: started });
    performance.measure('lockstep:directory-load', { start: loading });
    return loaded;
  });
  return directory;
}

/** Change-password pages, password rules and shared logins, loaded on first use. */
export function loadSiteRules(): Promise<CompiledSiteRules> {
  rules ??= import('virtual:lockstep/site-rules').then(({ default: data }) => data);
  return rules;
}
