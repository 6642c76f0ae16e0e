import { t, type MessageKey } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';
import { usePlanStore } from '../common/store-context';

/** The shell's words, neutral in discreet mode (lib/safety/discreet-words.ts). */
export function useShellText(): (key: MessageKey) => string {
  const discreet = usePlanStore().settings.value.discreet;
  return (key) => t(shellKey(key, discreet));
}
