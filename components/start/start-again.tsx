import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';

/**
 * At a check-up: the start's answers can change (where the person lives, what worries them,
 * how the other person seems to know things), so the check-up asks to look at them again.
 */
export function StartAgain() {
  const store = usePlanStore();
  if (valuesOf(store.records.value, 'start').length === 0) return null;
  return (
    <p>
      <a href={routeHash({ name: 'start' })}>{t('start_checkup')}</a>
    </p>
  );
}
