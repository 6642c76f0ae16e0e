import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { helpLine, HOTLINE_LINES } from '@/lib/safety/help-lines';

describe('the help lines', () => {
  it('reach the Hotline by chat, text, TTY and call, each once', () => {
    expect(HOTLINE_LINES.map((l) => l.channel)).toEqual(['chat', 'text', 'tty', 'call']);
  });

  it('hold the confirmed facts, each with its source and language', () => {
    expect(helpLine('call')).toMatchObject({ shown: '1-800-799-7233', href: 'tel:18007997233' });
    expect(helpLine('tty')).toMatchObject({ shown: '1-800-787-3224', href: 'tel:18007873224' });
    expect(helpLine('text')).toMatchObject({ shown: 'START to 88788', href: 'sms:88788' });
    expect(helpLine('chat').href).toBe('https://www.thehotline.org/');
    for (const line of HOTLINE_LINES) {
      expect(line.source).toMatch(/^https:\/\/ovc\.ojp\.gov\//);
      expect(line.language).toBe('en');
    }
  });

  it('a tel: link dials the number shown', () => {
    for (const line of HOTLINE_LINES.filter((l) => l.href.startsWith('tel:')))
      expect(line.href).toBe(`tel:${line.shown.replace(/\D/g, '')}`);
  });

  it('every label and "when to prefer it" is in the catalogue', () => {
    const catalogue = messages as Record<string, { message: string }>;
    for (const line of HOTLINE_LINES) {
      expect(catalogue[line.label]?.message).toBeTruthy();
      expect(catalogue[line.when]?.message).toBeTruthy();
    }
    expect(catalogue.help_lines_caution?.message).toMatch(/phone plan.*bill/);
  });
});
