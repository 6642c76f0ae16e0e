import { useEffect, useState } from 'preact/hooks';
import type { PageComponent, PageEntry, PageProps } from './page-registry';

/** Pages loaded once stay loaded: coming back to a page is instant. */
const loaded = new Map<string, PageComponent>();

interface Props extends PageProps {
  readonly entry: PageEntry;
  /** Called once the page is on screen, so focus can move to it. */
  readonly onShown?: () => void;
}

/**
 * Shows a page, loading its code the first time it is opened. While it loads, the space stays
 * empty and quiet (no spinner flash for a local file); a page whose code cannot load throws,
 * so the page boundary around it says what to do.
 */
export function PageView({ entry, onShown, ...props }: Props) {
  const ready = 'eager' in entry.page ? entry.page.eager : loaded.get(entry.name);
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<unknown>(null);

  useEffect(() => {
    if (ready || 'eager' in entry.page) return;
    let live = true;
    entry.page.load().then(
      (component) => {
        loaded.set(entry.name, component);
        if (live) setLoaded((n) => n + 1);
      },
      (error: unknown) => live && setFailed(error ?? new Error('page did not load')),
    );
    return () => {
      live = false;
    };
  }, [entry, ready]);

  useEffect(() => {
    if (ready) onShown?.();
  }, [ready, props.route]);

  if (failed) throw failed;
  if (!ready) return <div class="page-loading" aria-busy="true" />;
  const Page = ready;
  return <Page {...props} />;
}
