import { t } from '@/lib/i18n';
import { HOTLINE_LINES, type HelpLine } from '@/lib/safety/help-lines';

/** A link that leaves Lockstep: a new tab for a web page; the phone's own app for sms: and tel:. */
function LineLink({ line }: { readonly line: HelpLine }) {
  const web = line.href.startsWith('https:');
  return (
    <a
      href={line.href}
      lang={line.language}
      {...(web ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
    >
      {line.shown}
    </a>
  );
}

/** Every way to reach the Hotline (chat, text, TTY, call), each with when to prefer it. */
export function HelpLines() {
  return (
    <>
      <ul class="help-lines">
        {HOTLINE_LINES.map((line) => (
          <li key={line.channel} data-channel={line.channel}>
            <strong>{t(line.label)}:</strong> <LineLink line={line} />
            <br />
            <span class="muted">{t(line.when)}</span>
          </li>
        ))}
      </ul>
      <p>{t('help_lines_caution')}</p>
    </>
  );
}

/** The same ways in, as plain lines for paper (no links to follow there). */
export function HelpLinesPrinted() {
  return (
    <>
      {HOTLINE_LINES.map((line) => (
        <li key={line.channel}>
          {t(line.label)}: {line.shown}
        </li>
      ))}
    </>
  );
}
