import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import {
  valuesOf,
  type Answer,
  type Assessment,
  type Decision,
  type DecisionChoice,
  type Holder,
  type SecondStep,
  type SecondStepMethod,
} from '@/lib/plan/records';
import { HOLDERS, SECOND_STEP_METHODS } from '@/lib/plan/record-choices';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import type { Router } from '@/lib/state/router';
import { AnswerChoice } from './answer-choice';
import { DecisionChoiceFields } from './decision-fields';
import { PhoneLineForm, type NewLine } from './phone-line-form';
import { usePlanStore } from '../common/store-context';
import { LockOffer } from '../safety/lock-offer';

const METHOD_LABELS: Readonly<Record<SecondStepMethod, MessageKey>> = {
  'text-or-call': 'look_method_text',
  'authenticator-app': 'look_method_app',
  'sign-in-prompt': 'look_method_prompt',
  'security-key': 'look_method_key',
  passkey: 'look_method_passkey',
  'backup-codes': 'look_method_codes',
  'email-code': 'look_method_email',
};
const HOLDER_LABELS: Readonly<Record<Holder, MessageKey>> = {
  me: 'look_holder_me',
  them: 'look_holder_them',
  both: 'look_holder_both',
  'not-sure': 'look_answer_not_sure',
};

type Draft = Omit<Assessment, 'accountId' | 'updatedAt'>;

/**
 * Look first: short, skippable questions about one account, answered from memory or by looking
 * (never by changing anything), then a decision. Saved together when the person chooses.
 */
export function LookPage({ account, router }: { account: Account; router: Router }) {
  const store = usePlanStore();
  const records = store.records.value;
  const saved = valuesOf(records, 'assessment').find((a) => a.accountId === account.id);
  const savedDecision = valuesOf(records, 'decision').find((d) => d.accountId === account.id);
  const lines = valuesOf(records, 'phone-line');
  const others = store.accounts.value.filter((a) => a.id !== account.id);
  const carriers = store.accounts.value.filter((a) => a.kind === 'phone-carrier');
  const [draft, setDraft] = useState<Draft>(() => ({ secondSteps: [], ...saved }));
  const [choice, setChoice] = useState<DecisionChoice | undefined>(savedDecision?.choice);
  const [note, setNote] = useState(savedDecision?.note ?? '');
  const [addingLine, setAddingLine] = useState(false);
  const [failed, setFailed] = useState(false);
  const lineSelect = useRef<HTMLSelectElement>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K] | undefined) =>
    setDraft((d) => {
      // A skipped question or an empty choice is no answer at all: the field goes.
      const rest = Object.fromEntries(Object.entries(d).filter(([k]) => k !== key));
      const cleared = value === undefined || value === '';
      return (cleared ? rest : { ...rest, [key]: value }) as unknown as Draft;
    });
  const answer = (key: keyof Draft) => (value: Answer | undefined) => set(key, value);

  const stepOf = (method: SecondStepMethod) => draft.secondSteps.find((s) => s.method === method);
  const setStep = (method: SecondStepMethod, step: SecondStep | null) =>
    set('secondSteps', [
      ...draft.secondSteps.filter((s) => s.method !== method),
      ...(step ? [step] : []),
    ]);

  const addLine = (line: NewLine) => {
    const now = Date.now();
    const id = crypto.randomUUID();
    void store.saveRecord('phone-line', { ...line, id, createdAt: now, updatedAt: now });
    set('recoveryLineId', id);
    setAddingLine(false);
    requestAnimationFrame(() => lineSelect.current?.focus());
  };

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
        <fieldset class="stack look-question">
          <legend>{t('look_q_sign_in_with')}</legend>
          <p class="hint">{t('look_q_sign_in_with_hint')}</p>
          <label for="look-sign-in-with">{t('look_pick_account')}</label>
          <select
            id="look-sign-in-with"
            autocomplete="off"
            value={draft.signInWithId ?? ''}
            onChange={(e) => set('signInWithId', e.currentTarget.value)}
          >
            <option value="">{t('look_pick_none')}</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset class="stack look-question">
          <legend>{t('look_q_recovery_email')}</legend>
          <p class="hint">{t('look_q_recovery_email_hint')}</p>
          <label for="look-recovery-email">{t('look_pick_account')}</label>
          <select
            id="look-recovery-email"
            autocomplete="off"
            value={draft.recoveryEmailId ?? ''}
            onChange={(e) => set('recoveryEmailId', e.currentTarget.value)}
          >
            <option value="">{t('look_pick_not_in_plan')}</option>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          {!draft.recoveryEmailId && (
            <AnswerChoice
              name="recovery-email-reachable"
              legend={t('look_q_recovery_email_reach')}
              value={draft.recoveryEmailReachable}
              onChange={answer('recoveryEmailReachable')}
            />
          )}
        </fieldset>
        <fieldset class="stack look-question">
          <legend>{t('look_q_recovery_phone')}</legend>
          <p class="hint">{t('look_q_recovery_phone_hint')}</p>
          <label for="look-recovery-phone">{t('look_pick_line')}</label>
          <select
            id="look-recovery-phone"
            ref={lineSelect}
            autocomplete="off"
            value={draft.recoveryLineId ?? ''}
            onChange={(e) => set('recoveryLineId', e.currentTarget.value)}
          >
            <option value="">{t('look_pick_none')}</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
          {addingLine ? (
            <PhoneLineForm
              carriers={carriers}
              onAdd={addLine}
              onCancel={() => setAddingLine(false)}
            />
          ) : (
            <button type="button" onClick={() => setAddingLine(true)}>
              {t('look_line_new')}
            </button>
          )}
        </fieldset>
        <fieldset class="stack look-question">
          <legend>{t('look_q_second_steps')}</legend>
          <p class="hint">{t('look_q_second_steps_hint')}</p>
          {SECOND_STEP_METHODS.map((method) => {
            const step = stepOf(method);
            const id = `look-method-${method}`;
            return (
              <div key={method} class="look-method">
                <label class="check" for={id}>
                  <input
                    id={id}
                    autocomplete="off"
                    type="checkbox"
                    checked={step !== undefined}
                    onChange={(e) =>
                      setStep(
                        method,
                        e.currentTarget.checked ? { method, holder: 'not-sure' } : null,
                      )
                    }
                  />
                  {t(METHOD_LABELS[method])}
                </label>
                {step && (
                  <select
                    autocomplete="off"
                    aria-label={t('look_holder_label', t(METHOD_LABELS[method]))}
                    value={step.holder}
                    onChange={(e) =>
                      setStep(method, { ...step, holder: e.currentTarget.value as Holder })
                    }
                  >
                    {HOLDERS.map((h) => (
                      <option key={h} value={h}>
                        {t(HOLDER_LABELS[h])}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </fieldset>
        <AnswerChoice
          name="security-questions"
          legend={t('look_q_security_questions')}
          value={draft.securityQuestions}
          onChange={answer('securityQuestions')}
        />
        <AnswerChoice
          name="unknown-devices"
          legend={t('look_q_devices')}
          hint={t('look_q_devices_hint')}
          value={draft.unknownDevices}
          onChange={answer('unknownDevices')}
        />
        <AnswerChoice
          name="shared"
          legend={t('look_q_shared')}
          value={draft.sharedOnPurpose}
          onChange={answer('sharedOnPurpose')}
        />
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
