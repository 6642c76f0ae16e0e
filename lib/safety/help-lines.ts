import type { MessageKey } from '../i18n';

/**
 * The ways to reach the National Domestic Violence Hotline (US), in one place: every page that
 * shows help and the printout read them from here. Each fact names the page that confirms it.
 *
 * Checked 2026-12-07 against the US Office for Victims of Crime's page on the Hotline
 * (https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts):
 * "call 800–799–SAFE (7233), TTY 800–787–3224, text "START" to 88788, or use their live chat".
 * The Hotline's own site (thehotline.org) could not be read from here: check it again there.
 * Left out, because no page confirmed it: Spanish by text or chat, and hours for each way.
 */

/** How a person reaches a help line. */
export type HelpChannel = 'chat' | 'text' | 'tty' | 'call';

export interface HelpLine {
  readonly channel: HelpChannel;
  /** What the person reads, dials or types: the same on screen and on paper. */
  readonly shown: string;
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
    // Text START to 88788 (OVC, above).
    shown: 'START to 88788',
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

/** The one line of a channel (every channel above has one). */
export function helpLine(channel: HelpChannel): HelpLine {
  const line = HOTLINE_LINES.find((l) => l.channel === channel);
  if (!line) throw new Error(`No help line for ${channel}`);
  return line;
}
