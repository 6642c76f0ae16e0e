import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { accountProgress, nextStepOf } from '@/lib/plan/progress';
import { stepsFor } from '@/lib/plan/playbook';
import { valuesOf } from '@/lib/plan/records';
import { firstSittingIndex, leastBeforeStop, sittingStarted } from '@/lib/plan/sitting';
import { routeHash } from '@/lib/state/route';
import { kindLabel } from '@/lib/ui/labels';
import { ReachSummary } from '../assessment/reach-summary';
import { ProgressSummary } from './progress-summary';
import { SittingReady } from './sitting-ready';
import { StepItem } from './step-item';
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
  // Confirmed once per sitting; once a sitting step is marked, the sitting has started.
  const [ready, setReady] = useState<'ask' | 'later' | 'ready'>('ask');
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
  const decided = progress.get(account.id);
  const decision = valuesOf(store.records.value, 'decision').find((d) => d.accountId === id);
  const setAside = decision && decision.choice !== 'change-now' ? decision.choice : undefined;
  // An account set aside has no next step: the plan's next step is elsewhere.
  const next = setAside ? null : nextStepOf(account, progress);
  const steps = stepsFor(account.kind);
  const started = ready === 'ready' || sittingStarted(steps, decided);
  const firstSitting = firstSittingIndex(steps);
  const least = leastBeforeStop(steps, decided);
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
        progress={accountProgress(account, progress)}
        label={t('account_progress_label', account.name)}
      />
      {setAside && <p class="notice">{t(SET_ASIDE_NOTES[setAside])}</p>}
      <ReachSummary account={account} />
      <ol class="steps">
        {steps.map((step, i) => (
          <StepItem
            key={step.id}
            step={step}
            number={i + 1}
            decision={decided?.get(step.id)}
            isNext={next?.step.id === step.id}
            arrive={arriveAt === step.id}
            site={account.site}
            passwordHref={routeHash({ name: 'password', id: account.id })}
            least={least}
            locked={Boolean(step.sitting) && !started}
            before={
              i === firstSitting &&
              !started && (
                <SittingReady
                  steps={steps}
                  later={ready === 'later'}
                  onReady={() => setReady('ready')}
                  onLater={() => setReady('later')}
                />
              )
            }
            onSet={(status) => void store.setStepStatus(account.id, step.id, status)}
          />
        ))}
      </ol>
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
