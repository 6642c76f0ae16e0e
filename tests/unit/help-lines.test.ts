import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { helpLine, HOTLINE_LINES, hotlineLines } from '@/lib/safety/help-lines';

const catalogue = messages as Record<string, { message: string }>;

describe('the help lines', () => {
  it('reach the Hotline by chat, text, TTY and call, each once', () => {
    expect(HOTLINE_LINES.map((l) => l.channel)).toEqual(['chat', 'text', 'tty', 'call']);
  });

  it('hold the confirmed facts, each with its source and language', () => {
    expect(helpLine('call')).toMatchObject({ shown: '1-800-799-7233', href: 'tel:18007997233' });
    expect(helpLine('tty')).toMatchObject({ shown: '1-800-787-3224', href: 'tel:18007873224' });
    expect(helpLine('text')).toMatchObject({ shown: '88788', href: 'sms:88788' });
    expect(catalogue.help_line_text_shown?.message).toBe('START to $1');
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
    for (const line of HOTLINE_LINES) {
      expect(catalogue[line.label]?.message).toBeTruthy();
      expect(catalogue[line.when]?.message).toBeTruthy();
    }
    expect(catalogue.help_lines_caution?.message).toMatch(/phone plan.*bill/);
  });

  it("in Spanish, chat opens the Hotline's Spanish site; the numbers stay the same", () => {
    const spanish = hotlineLines('es-US');
    expect(spanish.map((l) => l.channel)).toEqual(['chat', 'text', 'tty', 'call']);
    expect(spanish[0]).toMatchObject({
      shown: 'espanol.thehotline.org',
      href: 'https://espanol.thehotline.org/',
      language: 'es',
      source: expect.stringMatching(/^https:\/\/www\.hhs\.texas\.gov\/es\//),
    });
    expect(spanish.slice(1)).toEqual(HOTLINE_LINES.slice(1));
    expect(hotlineLines('en-GB')).toEqual(HOTLINE_LINES);
    expect(hotlineLines()).toEqual(HOTLINE_LINES);
  });
});
