import { buildReachGraph, reachOf } from '@/lib/assessment/reach';
import { mayBeClosedInto } from '@/lib/assessment/may-be-closed';
import { cycleText, hopText, reachText, wayTexts } from '@/lib/assessment/reach-text';
import { resetOrder } from '@/lib/assessment/order';
import { t } from '@/lib/i18n';
import { valuesOf } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { usePlanStore } from '../common/store-context';
import { MayBeClosedLink } from './may-be-closed-link';

const DECISION_TEXT = {
  later: 'decision_later_badge',
  'leave-it': 'decision_leave_badge',
} as const;

/**
 * Above an account's steps: who can still get in and how, from the look-first answers, in one
 * plain sentence (or "not known yet", never "safe"), with the way to the questions.
 */
export function ReachSummary({ account }: { readonly account: Account }) {
  const store = usePlanStore();
  const records = store.records.value;
  const accounts = store.accounts.value;
  const looks = valuesOf(records, 'assessment');
  const lines = valuesOf(records, 'phone-line');
  const mine = looks.find((a) => a.accountId === account.id);
  const decision = valuesOf(records, 'decision').find((d) => d.accountId === account.id);
  const devices = valuesOf(records, 'device');
  const graph = buildReachGraph(accounts, looks, lines, devices);
  const reach = reachOf(graph).get(account.id) ?? { state: 'none-found' as const };
  const names = {
    account: (id: string) => store.accountsById.value.get(id)?.name ?? '',
    line: (id: string) => lines.find((l) => l.id === id)?.label ?? '',
    device: (id: string) => devices.find((d) => d.id === id)?.label ?? '',
  };
  const cycle = mine
    ? resetOrder(accounts, graph).cycles.find((c) => c.some((a) => a.id === account.id))
    : undefined;
  const closing = mayBeClosedInto(account.id, graph.edges, looks, store.progress.value);
  const lookHref = routeHash({ name: 'look', id: account.id });
  return (
    <section class="card reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">{t('reach_title')}</h2>
      {decision && decision.choice !== 'change-now' && (
        <p class="badge-line">
          <strong>{t(DECISION_TEXT[decision.choice])}</strong>
          {decision.note && ` · ${decision.note}`}
        </p>
      )}
      {mine ? (
        <Ways text={reachText(reach, names, t)} ways={wayTexts(reach, names, t)} />
      ) : (
        <p>{t('reach_not_looked')}</p>
      )}
      {cycle && <p>{cycleText(cycle, t)}</p>}
      {closing.length > 0 && (
        <ul class="reach-closing" role="status">
          {closing.map((e) => (
            <li key={`${e.from} ${e.via}`}>
              {hopText(e, names, t)}
              <MayBeClosedLink accountId={account.id} />
            </li>
          ))}
        </ul>
      )}
      <p class="form-actions">
        <a class={mine ? 'button' : 'button primary'} href={lookHref}>
          {mine ? t('look_update') : t('look_start')}
        </a>
        <a href={routeHash({ name: 'locked-out', id: account.id })}>{t('lo_link')}</a>
        <a href={routeHash({ name: 'map' })}>{t('map_link')}</a>
      </p>
    </section>
  );
}

/** The reach in one sentence, or, when there are several ways in, a list of them all. */
function Ways({ text, ways }: { readonly text: string; readonly ways: readonly string[] }) {
  if (ways.length < 2) return <p class={ways.length ? 'warning' : undefined}>{text}</p>;
  return (
    <div class="warning">
      <p>{t('reach_paths_lead', String(ways.length))}</p>
      <ul class="reach-ways">
        {ways.map((way) => (
          <li key={way}>{way}</li>
        ))}
      </ul>
    </div>
  );
}
