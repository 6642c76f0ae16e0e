import { describe, expect, it } from 'vitest';
import { normalizeExitUrl } from '@/lib/safety/exit-url';

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
