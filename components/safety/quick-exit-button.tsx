import { useSafety } from '../common/safety-context';
import { useShellText } from './use-shell-text';

/** Always visible: leaves Lockstep at once (Shift three times does the same). */
export function QuickExitButton() {
  const { quickExit } = useSafety();
  // Under a neutral label in discreet mode; the same place and shortcut.
  const t = useShellText();
  return (
    <button
      type="button"
      class="quick-exit"
      onClick={quickExit}
      aria-describedby="quick-exit-hint"
      title={t('quick_exit_hint')}
    >
      {t('quick_exit')}
      <span id="quick-exit-hint" class="visually-hidden">
        {t('quick_exit_hint')}
      </span>
    </button>
  );
}
