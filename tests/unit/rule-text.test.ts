import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRules } from '@/lib/passwords/rules';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('a site’s password rules in plain words (issue 26, bug 9)', () => {
  it('says what the raw rules mean, without their syntax', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    await (await import('@/lib/i18n')).ensureMessages();
    const { ruleText } = await import('@/lib/ui/rule-text');
    const text = (raw: string) => ruleText(parseRules(raw));
    expect(
      text(
        'minlength: 8; maxlength: 12; required: lower; required: upper, digit; max-consecutive: 2;',
      ),
    ).toBe(
      '8 to 12 characters. It needs a small letter and a capital letter or a number. Each character must be a small letter, a capital letter or a number. No character more than 2 times in a row.',
    );
    expect(text('minlength: 12; allowed: lower, digit;')).toBe(
      'At least 12 characters. Each character must be a small letter or a number.',
    );
    expect(text('required: [-_.];')).toBe(
      'It needs one of these: “- _ .”. Each character must be one of these: “- _ .”.',
    );
    for (const raw of ['minlength: 8; allowed: lower, upper;', 'required: special;'])
      expect(text(raw)).not.toMatch(/minlength|allowed|required|lower|upper|special/);
  });
});
