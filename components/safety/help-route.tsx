import { HelpPage } from './help-page';
import { usePlanStore } from '../common/store-context';

/** Help lines, with the person's own local line. */
export function HelpRoute() {
  const store = usePlanStore();
  return (
    <HelpPage
      localHelpLine={store.settings.value.localHelpLine}
      onSaveLocal={(line) => void store.updateSetting('localHelpLine', line)}
    />
  );
}
