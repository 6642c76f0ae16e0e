import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { accountProgress, nextStepOf } from '@/lib/plan/progress';
import { valuesOf } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { kindLabel } from '@/lib/ui/labels';
import { ReachSummary } from '../assessment/reach-summary';
import { AccountStepsList } from './account-steps-list';
import { ProgressSummary } from './progress-summary';
import { usePlanStore } from '../common/store-context';

interface Props {
  readonly id: string;
  /** The step to bring into view and focus when the page opens ("Go to this step"). */
  readonly arriveAt?: string;
}

const SET_ASIDE_NOTES = {
  later: 'decision_later_account_note',
  'leave-it': 'decision_leave_account_note',
} as const;

/** One account's steps, in order, each marked done, skipped or not applicable. */
export function AccountPage({ id, arriveAt }: Props) {
  const store = usePlanStore();
  const account = store.accountsById.value.get(id);
  if (!account) {
    return (
      <section class="empty" aria-labelledby="account-heading">
        <h1 id="account-heading">{t('account_missing_title')}</h1>
        <p>{t('account_missing_body')}</p>
        <a class="button primary" href={routeHash({ name: 'plan' })}>
          {t('back_to_plan')}
        </a>
      </section>
    );
  }
  const progress = store.progress.value;
  const decision = valuesOf(store.records.value, 'decision').find((d) => d.accountId === id);
  const setAside = decision && decision.choice !== 'change-now' ? decision.choice : undefined;
  // An account set aside has no next step: the plan's next step is elsewhere.
  const choices = store.choices.value;
  const next = setAside ? null : nextStepOf(account, progress, choices);
  return (
    <section aria-labelledby="account-heading">
      <p>
        <a href={routeHash({ name: 'plan' })}>{t('back_to_plan')}</a>
      </p>
      <h1 id="account-heading">{account.name}</h1>
      <p class="muted">
        {kindLabel(account.kind)}
        {account.site && ` · ${account.site}`} ·{' '}
        <a href={routeHash({ name: 'edit', id: account.id })}>{t('edit')}</a>
      </p>
      <ProgressSummary
        progress={accountProgress(account, progress, choices)}
        label={t('account_progress_label', account.name)}
      />
      {setAside && <p class="notice">{t(SET_ASIDE_NOTES[setAside])}</p>}
      <ReachSummary account={account} />
      <AccountStepsList account={account} arriveAt={arriveAt} nextId={next?.step.id} />
      {store.mode === 'session' && <SessionNotes accountId={account.id} />}
    </section>
  );
}

/** The advocate's notes, loaded only in a session with an advocate. */
function SessionNotes({ accountId }: { readonly accountId: string }) {
  const [Notes, setNotes] = useState<ComponentType<{ accountId: string }> | null>(null);
  useEffect(() => {
    void import('../advocate/advocate-notes').then((m) => setNotes(() => m.AdvocateNotes));
  }, []);
  return Notes ? <Notes accountId={accountId} /> : null;
}
