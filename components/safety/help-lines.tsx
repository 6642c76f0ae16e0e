import { useState } from 'preact/hooks';
import { openInPrivateWindow } from '@/lib/browser/private-window';
import { t } from '@/lib/i18n';
import { currentLanguage } from '@/lib/i18n-language';
import { hotlineLines, type HelpLine } from '@/lib/safety/help-lines';

/** What the person reads, dials or types, with its words in their language ("START to 88788"). */
const shownText = (line: HelpLine) => (line.words ? t(line.words, line.shown) : line.shown);

/** A link that leaves Lockstep: a new tab for a web page; the phone's own app for sms: and tel:. */
function LineLink({ line }: { readonly line: HelpLine }) {
  const web = line.href.startsWith('https:');
  return (
    <a
      href={line.href}
      lang={line.words ? undefined : line.language}
      {...(web ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
    >
      {shownText(line)}
    </a>
  );
}

/**
 * A web help line, offered in a private window too (issue 27): the visit then leaves no history
 * here once that window closes. Where the browser will not open one, the way to do it by hand.
 */
function PrivateOpen({ line }: { readonly line: HelpLine }) {
  const [refused, setRefused] = useState(false);
  const open = async () => setRefused(!(await openInPrivateWindow(line.href)));
  return (
    <>
      {' '}
      <button type="button" class="link" onClick={() => void open()}>
        {t('help_private_open')}
      </button>
      {refused && (
        <span role="status" class="muted">
          {' '}
          {t('help_private_refused')}
        </span>
      )}
    </>
  );
}

/** Every way to reach the Hotline (chat, text, TTY, call), each with when to prefer it. */
export function HelpLines() {
  return (
    <>
      <ul class="help-lines">
        {hotlineLines(currentLanguage()).map((line) => (
          <li key={line.channel} data-channel={line.channel}>
            <strong>{t(line.label)}:</strong> <LineLink line={line} />
            {line.href.startsWith('https:') && <PrivateOpen line={line} />}
            <br />
            <span class="muted">{t(line.when)}</span>
          </li>
        ))}
      </ul>
      <p>{t('help_lines_caution')}</p>
      <p>{t('help_private_limits')}</p>
    </>
  );
}

/** The same ways in, as plain lines for paper (no links to follow there). */
export function HelpLinesPrinted() {
  return (
    <>
      {hotlineLines(currentLanguage()).map((line) => (
        <li key={line.channel}>
          {t(line.label)}: {shownText(line)}
        </li>
      ))}
    </>
  );
}
