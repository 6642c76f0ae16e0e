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
// Firefox cannot ask for `alarms` later (lib/browser/differences.ts): declared at install there.
for (const [dir, required, optional] of [
  ['chrome-mv3', ['activeTab', 'storage'], ['history', 'alarms', 'notifications']],
  ['firefox-mv2', ['activeTab', 'storage', 'alarms'], ['notifications']],
] as const)
  test(`the ${dir} manifest asks for the least: activeTab and storage (no warning), and history, alarms or notifications only when chosen and useful`, () => {
    const built = manifest(dir);
    expect(built.permissions).toEqual(required);
    expect(built.optional_permissions).toEqual(optional);
    expect((built.action ?? built.browser_action)?.default_title).toBe('__MSG_extName__');
  });
