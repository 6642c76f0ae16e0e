import { describe, expect, it } from 'vitest';
import { pagePreload, staticClosure } from '@/lib/build/page-preload';

const chunk = (fileName: string, imports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  imports,
});

// dashboard → a → c, dashboard → b → c → d; e is only imported lazily (not in `imports`).
const bundle = {
  'chunks/dashboard.js': chunk('chunks/dashboard.js', ['chunks/a.js', 'chunks/b.js']),
  'chunks/a.js': chunk('chunks/a.js', ['chunks/c.js']),
  'chunks/b.js': chunk('chunks/b.js', ['chunks/c.js']),
  'chunks/c.js': chunk('chunks/c.js', ['chunks/d.js', 'chunks/dashboard.js']),
  'chunks/d.js': chunk('chunks/d.js'),
  'chunks/e.js': chunk('chunks/e.js'),
  'assets/x.css': { type: 'asset' as const, fileName: 'assets/x.css' },
};

describe('the page preload', () => {
  it('lists every chunk the entry imports at any depth, once, without the entry or lazy ones', () => {
    expect(staticClosure('chunks/dashboard.js', bundle)).toEqual([
      'chunks/a.js',
      'chunks/b.js',
      'chunks/c.js',
      'chunks/d.js',
    ]);
  });

  it('lists nothing for a chunk that imports nothing', () => {
    expect(staticClosure('chunks/d.js', bundle)).toEqual([]);
  });

  it('adds a modulepreload link per chunk to the named page only', () => {
    const plugin = pagePreload(['dashboard']);
    const hook = plugin.transformIndexHtml as {
      handler: (html: string, ctx: object) => unknown;
    };
    const ctx = (path: string) => ({ path, chunk: bundle['chunks/dashboard.js'], bundle });
    const tags = hook.handler('<html></html>', ctx('/entrypoints/dashboard/index.html'));
    expect(tags).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `/chunks/${name}.js` },
        injectTo: 'head',
      })),
    );
    expect(hook.handler('<html></html>', ctx('/entrypoints/popup/index.html'))).toBe(
      '<html></html>',
    );
  });
});
