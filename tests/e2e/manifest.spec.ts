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

// Firefox refuses to ask for `alarms` later (seen in tests/firefox/checkups.test.ts; wxt.config.ts):
// declared at install there.
// history and management serve the reviews of "This browser" (and, in Chrome, the clean-up):
// optional in both, asked for when the person starts a review.
// unlimitedStorage: Chrome only (no warning there; neither browser lets it be optional; README).
for (const [dir, required, optional] of [
  [
    'chrome-mv3',
    ['activeTab', 'storage', 'idle', 'unlimitedStorage'],
    ['history', 'management', 'alarms', 'notifications'],
  ],
  ['firefox-mv2', ['activeTab', 'storage', 'alarms'], ['history', 'management', 'notifications']],
] as const)
  test(`the ${dir} manifest asks for the least: activeTab, storage and (Chrome) idle and unlimitedStorage (no warning), and history, management, alarms or notifications only when chosen`, () => {
    const built = manifest(dir);
    expect(built.permissions).toEqual(required);
    expect(built.optional_permissions).toEqual(optional);
    expect((built.action ?? built.browser_action)?.default_title).toBe('__MSG_extName__');
  });
