import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { keysWithTwins, shellKey } from '@/lib/safety/discreet-words';

const catalogue = messages as Record<string, { message: string }>;
const SHELL = [
  'nav_label',
  'nav_data',
  'nav_help',
  'quick_exit',
  'quick_exit_hint',
  'popup_open',
  'lock_popup_body',
  'lock_forgot_body',
] as const;

describe('the shell in discreet mode', () => {
  it('keeps its words with discreet mode off', () => {
    for (const key of SHELL) expect(shellKey(key, false)).toBe(key);
  });

  it('has a neutral twin for each giveaway, with none of the giveaway words', () => {
    for (const key of SHELL) {
      const neutral = shellKey(key, true);
      expect(neutral).not.toBe(key);
      expect(catalogue[neutral]?.message).toBeTruthy();
      expect(catalogue[neutral]?.message).not.toMatch(/lockstep|hotline|safety|quick exit/i);
    }
  });

  it('gives every twin of the everyday pages none of the giveaway words either', () => {
    const giveaway =
      /lockstep|hotline|799-7233|advocate|abus|violence|stalk|spy|safety|quick exit/i;
    expect(keysWithTwins().length).toBeGreaterThan(30);
    for (const key of keysWithTwins()) {
      const twin = catalogue[shellKey(key, true)]?.message;
      expect(twin, key).toBeTruthy();
      expect(twin, key).not.toMatch(giveaway);
    }
  });

  it('leaves words without a twin as they are', () => {
    expect(shellKey('nav_about', true)).toBe('nav_about');
  });
});
