import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The English catalogue, as the browser would resolve it. */
async function english() {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
  const i18n = await import('@/lib/i18n');
  await i18n.ensureMessages();
  return {
    ...(await import('@/lib/ui/plural')),
    ...(await import('@/lib/ui/duration')),
  };
}

describe('counts in words', () => {
  it('says "1 minute", never "1 minutes" (issue 26)', async () => {
    const { tCount, formatDuration } = await english();
    expect(tCount('session_banner', 1)).toBe(
      'A session with an advocate is running. It started 1 minute ago.',
    );
    expect(tCount('session_banner', 12)).toContain('It started 12 minutes ago.');
    expect(tCount('lock_idle_minutes', 1)).toBe('1 minute without use');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(150)).toBe('3 minutes');
    expect(formatDuration(1)).toBe('1 second');
    expect(formatDuration(3600 * 24)).toBe('1 day');
    expect(formatDuration(3600 * 24 * 365)).toBe('1 year');
  });
});
