import { t } from '@/lib/i18n';
import type { LookDraft } from '@/lib/assessment/look-draft';
import { valuesOf, type Answer } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { AccountPickQuestion } from './account-pick-question';
import { AnswerChoice } from './answer-choice';
import { RecoveryLineQuestion } from './recovery-line-question';
import { SecondStepsQuestion } from './second-steps-question';
import { usePlanStore } from '../common/store-context';

interface Props {
  /** The account looked at. */
  readonly account: Account;
  readonly draft: LookDraft;
  readonly set: <K extends keyof LookDraft>(key: K, value: LookDraft[K] | undefined) => void;
  readonly answer: (key: keyof LookDraft) => (value: Answer | undefined) => void;
}

/**
 * The questions about what else reaches the account: the account it signs in with, its recovery
 * email and phone line, and its second steps.
 */
export function LookReachQuestions({ account, draft, set, answer }: Props) {
  const store = usePlanStore();
  const records = store.records.value;
  const others = store.accounts.value.filter((a) => a.id !== account.id);
  return (
    <>
      <AccountPickQuestion
        id="look-sign-in-with"
        legend={t('look_q_sign_in_with')}
        hint={t('look_q_sign_in_with_hint')}
        noneLabel={t('look_pick_none')}
        accounts={others}
        value={draft.signInWithId}
        onChange={(id) => set('signInWithId', id)}
      />
      <AccountPickQuestion
        id="look-recovery-email"
        legend={t('look_q_recovery_email')}
        hint={t('look_q_recovery_email_hint')}
        noneLabel={t('look_pick_not_in_plan')}
        accounts={others}
        value={draft.recoveryEmailId}
        onChange={(id) => set('recoveryEmailId', id)}
      >
        {!draft.recoveryEmailId && (
          <AnswerChoice
            name="recovery-email-reachable"
            legend={t('look_q_recovery_email_reach')}
            value={draft.recoveryEmailReachable}
            onChange={answer('recoveryEmailReachable')}
          />
        )}
      </AccountPickQuestion>
      <RecoveryLineQuestion
        lines={valuesOf(records, 'phone-line')}
        carriers={store.accounts.value.filter((a) => a.kind === 'phone-carrier')}
        value={draft.recoveryLineId}
        onChange={(id) => set('recoveryLineId', id)}
      />
      <SecondStepsQuestion
        steps={draft.secondSteps}
        onChange={(steps) => set('secondSteps', steps)}
      />
    </>
  );
}

/** The last three yes-or-no questions: security questions, unknown devices, shared on purpose. */
export function LookLastQuestions({ draft, answer }: Pick<Props, 'draft' | 'answer'>) {
  return (
    <>
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
    </>
  );
}
