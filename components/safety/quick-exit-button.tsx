import { t } from '@/lib/i18n';
import { useSafety } from '../common/safety-context';

/** Always visible: leaves Lockstep at once (Shift three times does the same). */
export function QuickExitButton() {
  const { quickExit } = useSafety();
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
