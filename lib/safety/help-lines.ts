import type { MessageKey } from '../i18n';

/**
 * The ways to reach the National Domestic Violence Hotline (US), in one place: every page that
 * shows help and the printout read them from here. Each fact names the page that confirms it.
 *
 * Checked 2026-12-07 against the US Office for Victims of Crime's page on the Hotline
 * (https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts):
 * "call 800–799–SAFE (7233), TTY 800–787–3224, text "START" to 88788, or use their live chat".
 * The Hotline's own site (thehotline.org) could not be read from here: check it again there.
 *
 * In Spanish, checked 2026-12-08 against Texas HHS's Spanish page on family violence
 * (https://www.hhs.texas.gov/es/servicios/seguridad/programa-contra-la-violencia-familiar):
 * the same number, TTY and "START" to 88788, and "Chatee en vivo en espanol.thehotline.org".
 * Left out, because no page confirmed it: whether text answers in Spanish, and hours for each way.
 */

/** How a person reaches a help line. */
export type HelpChannel = 'chat' | 'text' | 'tty' | 'call';

export interface HelpLine {
  readonly channel: HelpChannel;
  /** What the person reads, dials or types: the same on screen and on paper. */
  readonly shown: string;
  /** The words around `shown` ("START to $1"), in the person's language, when it needs words. */
  readonly words?: MessageKey;
  /** The link that starts it (a web page, `sms:` or `tel:`). */
  readonly href: string;
  /** The language the line is confirmed to answer in (BCP 47). */
  readonly language: string;
  /** The page that confirms this entry. */
  readonly source: string;
  /** What to call this way, in a short label. */
  readonly label: MessageKey;
  /** One line on when to prefer it. */
  readonly when: MessageKey;
}

const OVC =
  'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts';

/** The Hotline's ways in, the quietest first. */
export const HOTLINE_LINES: readonly HelpLine[] = [
  {
    channel: 'chat',
    // Chat is the "live chat" on the Hotline's site (OVC, above).
    shown: 'thehotline.org',
    href: 'https://www.thehotline.org/',
    language: 'en',
    source: OVC,
    label: 'help_line_chat',
    when: 'help_line_chat_when',
  },
  {
    channel: 'text',
    // Text START to 88788 (OVC, above); the keyword stays START in Spanish (Texas HHS, above).
    shown: '88788',
    words: 'help_line_text_shown',
    href: 'sms:88788',
    language: 'en',
    source: OVC,
    label: 'help_line_text',
    when: 'help_line_text_when',
  },
  {
    channel: 'tty',
    // TTY 800-787-3224 (OVC, above).
    shown: '1-800-787-3224',
    href: 'tel:18007873224',
    language: 'en',
    source: OVC,
    label: 'help_line_tty',
    when: 'help_line_tty_when',
  },
  {
    channel: 'call',
    // Call 800-799-SAFE (7233) (OVC, above).
    shown: '1-800-799-7233',
    href: 'tel:18007997233',
    language: 'en',
    source: OVC,
    label: 'help_line_call',
    when: 'help_line_call_when',
  },
];

const TEXAS_HHS_ES =
  'https://www.hhs.texas.gov/es/servicios/seguridad/programa-contra-la-violencia-familiar';

/** A line's own way in for a language, where a page confirms one (by base language, `es`). */
const IN_LANGUAGE: Readonly<Record<string, Partial<Record<HelpChannel, Partial<HelpLine>>>>> = {
  es: {
    chat: {
      // "Chatee en vivo en espanol.thehotline.org" (Texas HHS, above).
      shown: 'espanol.thehotline.org',
      href: 'https://espanol.thehotline.org/',
      language: 'es',
      source: TEXAS_HHS_ES,
    },
  },
};

/** The Hotline's ways in for a person reading `language` (`es-US`): its own where confirmed. */
export function hotlineLines(language = 'en'): readonly HelpLine[] {
  const own = IN_LANGUAGE[language.toLowerCase().split('-')[0] ?? ''] ?? {};
  return HOTLINE_LINES.map((line) => ({ ...line, ...own[line.channel] }));
}

/** The one line of a channel (every channel above has one). */
export function helpLine(channel: HelpChannel): HelpLine {
  const line = HOTLINE_LINES.find((l) => l.channel === channel);
  if (!line) throw new Error(`No help line for ${channel}`);
  return line;
}
