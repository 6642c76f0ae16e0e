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
 * The largest catalogue chunk (`chunks/messages-*.js`, lib/build/i18n-chunks-plugin.ts) in
 * gzipped bytes; null when the build made none (LOCKSTEP_I18N_CHUNKS off).
 */
export function catalogueChunkMaxGzipBytes(buildDir) {
  // `messages-<chunk>-<hash>.js`; the whole-catalogue fallback (`messages-<hash>.js`) is not one.
  const chunks = readdirSync(join(buildDir, 'chunks')).filter((f) =>
    /^messages-[a-z][a-z_-]*-[\w-]{8}\.js$/.test(f),
  );
  if (chunks.length === 0) return null;
  return Math.max(
    ...chunks.map((f) => gzipSync(readFileSync(join(buildDir, 'chunks', f)), { level: 9 }).length),
  );
}
