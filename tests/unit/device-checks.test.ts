import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKeys, DEVICE_CHECKS } from '@/lib/device/checks';
import { DEVICE_KINDS } from '@/lib/plan/records';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

describe('guided device checks', () => {
  it('cover every device, with stored ids that are unique snake_case', () => {
    expect(Object.keys(DEVICE_CHECKS).sort()).toEqual([...DEVICE_KINDS].sort());
    const ids = Object.values(DEVICE_CHECKS).flatMap((checks) => checks.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:_[a-z]+)+$/);
  });

  it('each have a title, where to open and what to look for, in short sentences', () => {
    for (const checks of Object.values(DEVICE_CHECKS))
      for (const check of checks)
        for (const key of Object.values(checkKeys(check))) {
          const text = messages[key]?.message;
          expect(text, key).toBeTruthy();
          for (const sentence of text!.split(/(?<=[.!?])\s+/))
            expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).toBeLessThanOrEqual(20);
        }
  });

  it('name Pixel and Samsung settings for Android, and never ask to remove anything', () => {
    for (const check of DEVICE_CHECKS.android) {
      const how = messages[checkKeys(check).how]!.message;
      if (check.id !== 'android_play_protect' && check.id !== 'android_accessibility')
        expect(how, check.id).toMatch(/Pixel: .*Samsung: /);
    }
    for (const checks of Object.values(DEVICE_CHECKS))
      for (const check of checks)
        for (const key of Object.values(checkKeys(check)))
          expect(messages[key]!.message, key).not.toMatch(/\b(remove|delete|uninstall)\b/i);
  });
});
