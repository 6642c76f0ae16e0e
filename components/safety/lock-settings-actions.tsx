import { t } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import type { Editing } from './use-lock-edits';

interface Props {
  /** The lock is on (and the plan open). */
  readonly locked: boolean;
  readonly onEdit: (editing: Editing) => void;
}

/** With no lock form open: set up the lock, or change it, lock now, or turn it off. */
export function LockSettingsActions({ locked, onEdit }: Props) {
  const store = usePlanStore();
  return (
    <div class="form-actions">
      <button
        type="button"
        class={locked ? '' : 'primary'}
        onClick={() => onEdit(locked ? 'change' : 'set')}
      >
        {locked ? t('lock_change') : t('lock_set_up')}
      </button>
      {locked && (
        <>
          <button type="button" onClick={() => void store.lock()}>
            {t('lock_now')}
          </button>
          <button type="button" onClick={() => onEdit('off')}>
            {t('lock_turn_off')}
          </button>
        </>
      )}
    </div>
  );
}
