import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { ThingItem } from './thing-item';
import { useStartPlan } from './use-start-plan';

/**
 * The plan's opening card: before the start's questions are answered, an offer to answer them
 * (first use: before the first account); after, "Three things to do first" and a way back.
 */
export function StartCard() {
  const store = usePlanStore();
  const answered = valuesOf(store.records.value, 'start').length > 0;
  const plan = useStartPlan(store, answered);
  if (!answered) {
    return (
      <section class="card start-card" aria-labelledby="start-offer-title">
        <h2 id="start-offer-title">{t('plan_start_offer_title')}</h2>
        <p>{t('plan_start_offer_body')}</p>
        <a class="button primary" href={routeHash({ name: 'start' })}>
          {t('plan_start_offer_open')}
        </a>
      </section>
    );
  }
  const things = plan?.things ?? [];
  const names = store.accountsById.value;
  const change = (
    <p>
      <a href={routeHash({ name: 'start' })}>{t('plan_start_change')}</a>
    </p>
  );
  if (things.length === 0) return change;
  return (
    <section class="card start-card" aria-labelledby="things-title">
      <h2 id="things-title">{t('things_title')}</h2>
      <p class="muted">{t('things_intro')}</p>
      <ol class="things">
        {things.map((thing) => (
          <ThingItem
            key={thing.kind === 'account' ? thing.id : thing.kind}
            thing={thing}
            name={thing.kind === 'account' ? (names.get(thing.id)?.name ?? '') : ''}
          />
        ))}
      </ol>
      {change}
    </section>
  );
}
