import 'fake-indexeddb/auto';
import { beforeAll } from 'vitest';
import { loadDirectory, loadSiteRules } from '@/lib/directory/load';
import { installFakeI18n } from './fixtures/fake-i18n';

installFakeI18n();

// Components load the bundled directory lazily. Load it once before the component tests, so no
// test ends while that import is still running (Vitest fails a run on imports after teardown).
if (typeof window !== 'undefined')
  beforeAll(async () => {
    await Promise.all([loadDirectory(), loadSiteRules()]);
  });
