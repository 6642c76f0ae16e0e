import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadDirectory, loadSiteRules, type LoadedDirectory } from '@/lib/directory/load';
import type { CompiledSiteRules } from '@/lib/directory/types';

/** How components get the bundled data: loaded lazily; tests hand in their own. */
export interface DirectorySource {
  readonly directory: () => Promise<LoadedDirectory>;
  readonly siteRules: () => Promise<CompiledSiteRules>;
}

export const DirectoryContext = createContext<DirectorySource>({
  directory: loadDirectory,
  siteRules: loadSiteRules,
});

function useLoaded<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [load]);
  return value;
}

/** The directory once loaded (null until then). */
export const useDirectory = (): LoadedDirectory | null =>
  useLoaded(useContext(DirectoryContext).directory);

/** Change-password pages, password rules and shared logins, once loaded. */
export const useSiteRules = (): CompiledSiteRules | null =>
  useLoaded(useContext(DirectoryContext).siteRules);
