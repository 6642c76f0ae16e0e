import type { Plugin, Rollup } from 'vite';
import { dependencyNoticesText } from './dependency-notices';
import { NOTICES_FILE } from './site-data-plugin';

/**
 * Adds the licences of the bundled packages (lib/build/dependency-notices.ts) to the notices
 * file, after the data's own sections. Read once per build process.
 */
export function dependencyNotices(root = process.cwd()): Plugin {
  let text: string | undefined;
  return {
    name: 'lockstep-dependency-notices',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        text ??= dependencyNoticesText(root);
        const existing = bundle[NOTICES_FILE] as Rollup.OutputAsset | undefined;
        if (existing) existing.source = `${String(existing.source)}\n${text}`;
        else this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text });
      },
    },
  };
}
