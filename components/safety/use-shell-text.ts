import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';
import { StoreContext } from '../common/store-context';

/**
 * Discreet mode for a part mounted without the plan store (the short popup's site check): the
 * page that mounts it knows the setting and says so here.
 */
export const DiscreetContext = createContext<boolean | null>(null);

/** Whether discreet mode is on (off where no plan is mounted and no page says otherwise). */
export function useDiscreet(): boolean {
  const said = useContext(DiscreetContext);
  const store = useContext(StoreContext);
  return said ?? store?.settings.value.discreet ?? false;
}

/** The shell's and everyday pages' words, neutral in discreet mode (lib/safety/discreet-words.ts). */
export function useShellText(): (key: MessageKey) => string {
  const discreet = useDiscreet();
  return (key) => t(shellKey(key, discreet));
}
