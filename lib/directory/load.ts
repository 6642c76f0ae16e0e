import { createDirectory, type Directory } from './directory';
import { createSearch, type DirectorySearch } from './search';
import type { CompiledSiteRules } from './types';

export interface LoadedDirectory extends Directory, DirectorySearch {}

let directory: Promise<LoadedDirectory> | undefined;
let rules: Promise<CompiledSiteRules> | undefined;

/** The bundled directory, loaded on first use from its own chunk (never a page's first one). */
export function loadDirectory(): Promise<LoadedDirectory> {
  directory ??= import('virtual:lockstep/directory').then(({ default: data }) => {
    const started = performance.now();
    const loaded = { ...createDirectory(data), ...createSearch(data.entries, data.categories) };
    performance.measure('lockstep:directory-index', { start: started }); // read by the bench
    return loaded;
  });
  return directory;
}

/** Change-password pages, password rules and shared logins, loaded on first use. */
export function loadSiteRules(): Promise<CompiledSiteRules> {
  rules ??= import('virtual:lockstep/site-rules').then(({ default: data }) => data);
  return rules;
}
