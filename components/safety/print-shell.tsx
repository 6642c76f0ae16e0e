import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { QuickExitButton } from './quick-exit-button';
import './print-shell.css';

interface Props {
  /** The choices for this printout (screen only). */
  readonly controls: ComponentChildren;
  /** What goes on paper. */
  readonly children: ComponentChildren;
}

/**
 * The shell of every printout: a neutral tab title (a print header or the tab strip may show
 * it), no header or footer from the browser, and Quick exit on screen (never on paper). What the
 * paper says is neutral by default: each printout adds names and purpose only when chosen.
 */
export function PrintShell({ controls, children }: Props) {
  useEffect(() => {
    const before = document.title;
    document.title = t('print_document_title');
    return () => {
      document.title = before;
    };
  }, []);
  return (
    <div class="print-shell">
      <div class="print-shell-bar">
        <div class="print-shell-screen">{controls}</div>
        <QuickExitButton />
      </div>
      <p class="print-shell-screen muted">{t('print_firefox_headers')}</p>
      {children}
    </div>
  );
}
