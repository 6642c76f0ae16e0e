import { RHYTHMS, type Rhythm } from '@/lib/checkups/due';
import { t, tDynamic } from '@/lib/i18n';
import { usePlanStore } from '../common/store-context';
import { refreshReminder } from './refresh-reminder';

interface Props {
  readonly onRhythm: (rhythm: Rhythm) => void;
}

/** How often to check again, and whether a dot on the toolbar icon says one is due. */
export function RhythmSettings({ onRhythm }: Props) {
  const store = usePlanStore();
  const settings = store.settings.value;
  return (
    <div class="stack">
      <label for="checkup-rhythm">{t('checkup_rhythm_label')}</label>
      <select
        id="checkup-rhythm"
        autocomplete="off"
        value={settings.checkUpRhythm}
        onChange={(e) => onRhythm((e.target as HTMLSelectElement).value as Rhythm)}
      >
        {RHYTHMS.map((r) => (
          <option key={r} value={r}>
            {tDynamic(`checkup_rhythm_${r.replace('-', '_')}`)}
          </option>
        ))}
      </select>
      <label class="check">
        <input
          type="checkbox"
          autocomplete="off"
          checked={settings.checkUpDot}
          onChange={(e) => {
            void store
              .updateSetting('checkUpDot', (e.target as HTMLInputElement).checked)
              .then(refreshReminder);
          }}
        />{' '}
        {t('checkup_dot_label')}
      </label>
    </div>
  );
}
