import { useContext } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';
import { StoreContext } from '../common/store-context';

/** Whether discreet mode is on (off where no plan is mounted, as in a lone component). */
export function useDiscreet(): boolean {
  return useContext(StoreContext)?.settings.value.discreet ?? false;
}

/** The shell's and everyday pages' words, neutral in discreet mode (lib/safety/discreet-words.ts). */
export function useShellText(): (key: MessageKey) => string {
  const discreet = useDiscreet();
  return (key) => t(shellKey(key, discreet));
}
