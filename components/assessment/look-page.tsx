import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { withAnswer, type LookDraft } from '@/lib/assessment/look-draft';
import {
  valuesOf,
  type Answer,
  type Assessment,
  type Decision,
  type DecisionChoice,
} from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import type { Router } from '@/lib/state/router';
import { AnswerChoice } from './answer-choice';
import { DecisionChoiceFields } from './decision-fields';
import { LookLastQuestions, LookReachQuestions } from './look-questions';
import { usePlanStore } from '../common/store-context';
import { LockOffer } from '../safety/lock-offer';

/**
 * Look first: short, skippable questions about one account, answered from memory or by looking
 * (never by changing anything), then a decision. Saved together when the person chooses.
 */
export function LookPage({ account, router }: { account: Account; router: Router }) {
  const store = usePlanStore();
  const records = store.records.value;
  const saved = valuesOf(records, 'assessment').find((a) => a.accountId === account.id);
  const savedDecision = valuesOf(records, 'decision').find((d) => d.accountId === account.id);
  const [draft, setDraft] = useState<LookDraft>(() => ({ secondSteps: [], ...saved }));
  const [choice, setChoice] = useState<DecisionChoice | undefined>(savedDecision?.choice);
  const [note, setNote] = useState(savedDecision?.note ?? '');
  const [failed, setFailed] = useState(false);

  const set = <K extends keyof LookDraft>(key: K, value: LookDraft[K] | undefined) =>
    setDraft((d) => withAnswer(d, key, value));
  const answer = (key: keyof LookDraft) => (value: Answer | undefined) => set(key, value);

  const save = async (event: Event) => {
    event.preventDefault();
    const now = Date.now();
    const assessment: Assessment = { ...draft, accountId: account.id, updatedAt: now };
    let ok = await store.saveRecord('assessment', assessment);
    if (ok && choice) {
      const decision: Decision = {
        accountId: account.id,
        choice,
        note: choice === 'later' ? note.trim() : '',
        at: now,
      };
      ok = await store.saveRecord('decision', decision);
    }
    if (ok) router.go({ name: 'account', id: account.id });
    else setFailed(true);
  };

  return (
    <section aria-labelledby="look-heading" class="look">
      <p>
        <a href={routeHash({ name: 'account', id: account.id })}>{t('look_back', account.name)}</a>
      </p>
      <h1 id="look-heading">{t('look_title', account.name)}</h1>
      <p>{t('look_intro')}</p>
      <p class="warning">{t('look_caution')}</p>
      {!saved && <LockOffer place="look" />}
      <form class="stack" onSubmit={(e) => void save(e)} autocomplete="off">
        <AnswerChoice
          name="knows-password"
          legend={t('look_q_password')}
          value={draft.knowsPassword}
          onChange={answer('knowsPassword')}
        />
        <LookReachQuestions account={account} draft={draft} set={set} answer={answer} />
        <LookLastQuestions draft={draft} answer={answer} />
        <DecisionChoiceFields choice={choice} note={note} onChoice={setChoice} onNote={setNote} />
        {failed && (
          <p class="error" role="alert">
            {t('look_save_failed')}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('look_save')}
          </button>
          <a class="button" href={routeHash({ name: 'account', id: account.id })}>
            {t('form_cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
