import type { Plugin } from 'vite';

/** What the plugin needs of a bundle's chunk (Rollup's OutputChunk has more). */
interface ChunkLike {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly imports?: readonly string[];
}

/**
 * Every chunk the entry imports statically, directly or through another, in the order first met
 * (the entry itself left out). The browser would otherwise find them one level at a time: each
 * level waits for the one before it to download and parse.
 */
export function staticClosure(
  entry: string,
  bundle: Readonly<Record<string, ChunkLike>>,
): readonly string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const imported of bundle[next]?.imports ?? []) {
      if (seen.has(imported) || bundle[imported]?.type !== 'chunk') continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  seen.delete(entry);
  return [...seen];
}

/**
 * Adds `<link rel="modulepreload">` for the whole static import graph of the named pages' entry
 * scripts, so the browser fetches and compiles every chunk at once (issue 29: the dashboard's
 * graph took five round trips before its first line ran). Only these pages: Vite's own module
 * preload stays off (its helper would grow every page's first chunk, the popup's too).
 */
export function pagePreload(pages: readonly string[]): Plugin {
  // WXT's HTML entries are `entrypoints/<page>/index.html` (or `entrypoints/<page>.html`).
  const named = (path: string) =>
    pages.some((page) => path.endsWith(`/${page}/index.html`) || path.endsWith(`/${page}.html`));
  return {
    name: 'lockstep-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, chunk, bundle }) {
        if (!chunk || !bundle || !named(path)) return html;
        return staticClosure(chunk.fileName, bundle).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
