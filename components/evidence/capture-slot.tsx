import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';
import { usePlanStore } from '../common/store-context';

interface Props {
  readonly capture?: ComponentChildren;
  readonly onCapture?: () => void;
}

/**
 * The plan popup's "Keep a copy of this page": offered where the log keeps files (IndexedDB,
 * open or locked); in an advocate session the log is not used, and the popup says so.
 */
export function CaptureSlot({ capture, onCapture }: Props) {
  const store = usePlanStore();
  const discreet = store.settings.value.discreet;
  if (store.mode === 'session') return <p>{t(shellKey('capture_session', discreet))}</p>;
  const state = store.state.value;
  if (!onCapture || store.mode !== 'persistent' || (state !== 'ready' && state !== 'locked'))
    return null;
  return (
    capture ?? (
      <button type="button" class="secondary" onClick={onCapture}>
        {t('capture_button')}
      </button>
    )
  );
}
