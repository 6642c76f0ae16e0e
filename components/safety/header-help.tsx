import { t } from '@/lib/i18n';
import { helpLine } from '@/lib/safety/help-lines';
import { routeHash } from '@/lib/state/route';

/** The header's line on help: the Hotline's number, and the quieter ways in on the help page. */
export function HeaderHelp() {
  const call = helpLine('call');
  return (
    <p class="hotline">
      {t('header_hotline')} <a href={call.href}>{call.shown}</a> ·{' '}
      <a href={routeHash({ name: 'help' })}>{t('help_lines_more')}</a>
    </p>
  );
}
