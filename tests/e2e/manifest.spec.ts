import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The shipped manifests, read as built: the test-only build's extra permissions never ship.
const manifest = (dir: string) =>
  JSON.parse(readFileSync(resolve('.output', dir, 'manifest.json'), 'utf8')) as {
    permissions?: string[];
    optional_permissions?: string[];
    action?: { default_title?: string };
    browser_action?: { default_title?: string };
  };

// Firefox keeps no history of extension pages (tests/firefox/history.test.ts): no history there.
for (const [dir, optional] of [
  ['chrome-mv3', ['history', 'alarms']],
  ['firefox-mv2', ['alarms']],
] as const)
  test(`the ${dir} manifest asks for the least: activeTab and storage (no warning), and history or alarms only when chosen and useful`, () => {
    const built = manifest(dir);
    // storage: an advocate session's plan in storage.session (memory only; no install warning).
    expect(built.permissions).toEqual(['activeTab', 'storage']);
    expect(built.optional_permissions).toEqual(optional);
    expect((built.action ?? built.browser_action)?.default_title).toBe('__MSG_extName__');
  });
