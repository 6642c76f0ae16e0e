import { t } from '@/lib/i18n';
import { accountProgress, overallProgress } from '@/lib/plan/progress';
import { valuesOf } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { AccountRow } from './account-row';
import { NextStepCard } from './next-step-card';
import { ProgressSummary } from './progress-summary';
import { usePlanStore } from '../common/store-context';
import { useScreenful } from '../common/use-screenful';
import { LockFacts } from '../safety/lock-facts';
import { StartCard } from '../start/start-card';
import { useShellText } from '../safety/use-shell-text';

/** The ordered plan: overall progress, the next step, and every account. */
export function PlanPage() {
  const text = useShellText();
  const store = usePlanStore();
  const accounts = store.accounts.value;
  const progress = store.progress.value;
  // Hundreds of accounts: the first screenful renders first, the rest without blocking input.
  const rows = useScreenful(accounts);

  if (accounts.length === 0) return <EmptyPlan inSession={store.mode === 'session'} />;

  // "Later" and "Leave it as it is" keep their place, marked, but are not in the totals.
  const decisions = new Map(
    valuesOf(store.records.value, 'decision').map((d) => [d.accountId, d.choice]),
  );
  const counted = accounts.filter((a) => !store.setAside.value.has(a.id));
  const setAside = accounts.length - counted.length;
  return (
    <section aria-labelledby="plan-heading">
      <h1 id="plan-heading">{t('plan_title')}</h1>
      <LockFacts />
      <StartCard />
      <ProgressSummary
        progress={overallProgress(counted, progress, store.choices.value)}
        label={t('plan_progress_label')}
      />
      {setAside > 0 && <p class="muted">{t('progress_set_aside', String(setAside))}</p>}
      <NextStepCard
        next={store.next.value}
        hasAccounts
        href={(id, step) => routeHash({ name: 'account', id, step })}
      />
      <div class="plan-toolbar">
        <h2>{t('plan_accounts_heading', String(accounts.length))}</h2>
        <a class="button primary" href={routeHash({ name: 'add' })}>
          {t('plan_add')}
        </a>
        <button type="button" onClick={() => void store.resetOrder()}>
          {t('plan_reset_order')}
        </button>
      </div>
      <p class="muted">{text('plan_order_explainer')}</p>
      <PlanLinks inSession={store.mode === 'session'} />
      <ol class="account-list">
        {rows.map((account, i) => (
          <AccountRow
            key={account.id}
            account={account}
            progress={accountProgress(account, progress, store.choices.value)}
            decision={decisions.get(account.id)}
            first={i === 0}
            last={i === accounts.length - 1}
            onMove={(delta) => void store.moveAccount(account.id, delta)}
            onRemove={() => void store.removeAccount(account.id)}
          />
        ))}
      </ol>
    </section>
  );
}

/** No account yet: what the plan is for, and where to begin. */
function EmptyPlan({ inSession }: { readonly inSession: boolean }) {
  return (
    <section class="empty" aria-labelledby="plan-heading">
      <h1 id="plan-heading">{t('plan_title')}</h1>
      <LockFacts />
      <StartCard />
      <p>{t('plan_empty_body')}</p>
      <a class="button primary" href={routeHash({ name: 'add' })}>
        {t('plan_add_first')}
      </a>
      <p>
        <SessionLink inSession={inSession} />
      </p>
    </section>
  );
}

/** The plan's other journeys: check-ups, a session, "they post as me", and the map. */
function PlanLinks({ inSession }: { readonly inSession: boolean }) {
  const text = useShellText();
  return (
    <ul class="plan-links">
      <li>
        <a href={routeHash({ name: 'checkup' })}>{t('nav_checkup')}</a>
      </li>
      <li>
        <SessionLink inSession={inSession} />
      </li>
      <li>
        <a href={routeHash({ name: 'impersonation' })}>{text('imp_link')}</a>
      </li>
      <li>
        <a href={routeHash({ name: 'map' })}>{t('map_link')}</a>
      </li>
    </ul>
  );
}

/** Where an advocate starts a session (the header has no room left for it). */
function SessionLink({ inSession }: { readonly inSession: boolean }) {
  const text = useShellText();
  return (
    <a href={routeHash({ name: 'session' })}>
      {text(inSession ? 'plan_session_running' : 'plan_session_start')}
    </a>
  );
}
