import 'fake-indexeddb/auto';
import { afterEach, beforeAll } from 'vitest';
import { loadDirectory, loadSiteRules } from '@/lib/directory/load';
import { installFakeI18n } from './fixtures/fake-i18n';

installFakeI18n();

// Component files may share one page (vitest.config.ts, `isolate: false`): each starts on an
// empty body at the first address, as a fresh page would.
if (typeof window !== 'undefined') {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
}

// findBy… and waitFor wait up to 10 s (not 1 s): on a busy 2-core machine a key derivation alone
// can take more than a second. A test still fails at once when what it waits for never comes.
if (typeof window !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 10_000 });
  // Testing Library unmounts after each test by a hook it adds once, when first imported; a
  // worker that shares its modules across files (`isolate: false`) needs it added for each file.
  afterEach(cleanup);
}

// Components load the bundled directory lazily. Load it once before the component tests, so no
// test ends while that import is still running (Vitest fails a run on imports after teardown).
if (typeof window !== 'undefined')
  beforeAll(async () => {
    await Promise.all([loadDirectory(), loadSiteRules()]);
  });
