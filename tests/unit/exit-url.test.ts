import { describe, expect, it } from 'vitest';
import { exitTarget, normalizeExitUrl } from '@/lib/safety/exit-url';

describe('the quick-exit page, as typed', () => {
  it('adds https:// to a bare address and keeps a full one as it is', () => {
    expect(normalizeExitUrl(' weather.com ')).toBe('https://weather.com');
    expect(normalizeExitUrl('www.bbc.co.uk/news')).toBe('https://www.bbc.co.uk/news');
    expect(normalizeExitUrl('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
    expect(normalizeExitUrl('HTTPS://Weather.com')).toBe('HTTPS://Weather.com');
  });

  it('clears on empty and refuses what is not a web page', () => {
    expect(normalizeExitUrl('   ')).toBe('');
    for (const bad of [
      'weather',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'a b.com',
      'https://',
      'ftp://x.com',
      'https://u:p@x.com',
      '192.168.1.1',
    ])
      expect(normalizeExitUrl(bad), bad).toBeNull();
  });
});

describe('where quick exit lands', () => {
  it('goes to the chosen page while the plan is open or has no lock', () => {
    expect(exitTarget('https://weather.com', 'unlocked')).toBe('https://weather.com');
    expect(exitTarget('https://weather.com', 'none')).toBe('https://weather.com');
    expect(exitTarget('', 'none')).toBe('');
  });

  it('goes to the new-tab page while locked: the stored address could be anyone’s', () => {
    expect(exitTarget('https://attacker.example', 'locked')).toBe('');
  });

  it('never opens a stored address the form would refuse', () => {
    expect(exitTarget('javascript:alert(1)', 'unlocked')).toBe('');
    expect(exitTarget('file:///etc/passwd', 'none')).toBe('');
  });
});
