import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { HelpLines } from '../safety/help-lines';
import { useShellText } from '../safety/use-shell-text';

/**
 * Help first, before any other question, for a person who may be in danger right now: the
 * Hotline's ways in (lib/safety/help-lines.ts) and how to leave the page at once.
 */
export function DangerHelp() {
  const heading = useRef<HTMLHeadingElement>(null);
  const shell = useShellText();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card start-help" aria-labelledby="start-help-title">
      <h2 id="start-help-title" tabIndex={-1} ref={heading}>
        {t('start_help_title')}
      </h2>
      <p>{t('start_help_body')}</p>
      <HelpLines />
      <p>{t('start_help_exit', shell('quick_exit'))}</p>
    </section>
  );
}
