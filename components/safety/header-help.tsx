import { t } from '@/lib/i18n';
import { helpLine } from '@/lib/safety/help-lines';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';

/**
 * The header's line on help: the Hotline's number, and the quieter ways in on the help page; in
 * discreet mode, only a neutral link to it.
 */
export function HeaderHelp() {
  const call = helpLine('call');
  // Discreet mode: a neutral "Help" link instead of the Hotline's name and number.
  if (usePlanStore().settings.value.discreet)
    return (
      <p class="hotline">
        <a href={routeHash({ name: 'help' })}>{t('nav_help_discreet')}</a>
      </p>
    );
  return (
    <p class="hotline">
      {t('header_hotline')} <a href={call.href}>{call.shown}</a> ·{' '}
      <a href={routeHash({ name: 'help' })}>{t('help_lines_more')}</a>
    </p>
  );
}
