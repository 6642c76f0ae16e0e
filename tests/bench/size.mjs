import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript files a page loads before first paint: its module scripts and everything they
 * import statically (dynamic `import()` chunks are excluded: they load later).
 */
export function initialJsFiles(buildDir, htmlFile) {
  const html = readFileSync(join(buildDir, htmlFile), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1] ?? m[2]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g,
    )) {
      visit(resolve(dirname(file), m[1]));
    }
  };
  for (const src of entries) visit(join(buildDir, src.replace(/^\//, '')));
  return [...seen];
}

/** Gzipped bytes (level 9: the same figure on every machine) of a page's first-load JavaScript. */
export function initialJsGzipBytes(buildDir, htmlFile) {
  let total = 0;
  for (const file of initialJsFiles(buildDir, htmlFile))
    total += gzipSync(readFileSync(file), { level: 9 }).length;
  return total;
}

/**
 * The largest text file of a chunk (`chunks/text-<name>.<language>.js`,
 * lib/build/i18n-page-text.ts) in gzipped bytes; null when the build made none.
 */
export function catalogueChunkMaxGzipBytes(buildDir) {
  const chunks = readdirSync(join(buildDir, 'chunks')).filter((f) =>
    /^text-[\w-]{8}\.[\w-]+\.js$/.test(f),
  );
  if (chunks.length === 0) return null;
  return Math.max(
    ...chunks.map((f) => gzipSync(readFileSync(join(buildDir, 'chunks', f)), { level: 9 }).length),
  );
}
