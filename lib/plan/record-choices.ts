import type {
  Answer,
  DecisionChoice,
  Holder,
  PlanOwner,
  RecordType,
  SecondStepMethod,
} from './records';

/**
 * The values each choice in a record may take, as lists (for the readers and the forms). Apart
 * from records.ts, so the first download of the popup and the plan does not carry them.
 */
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'not-sure'];
export const HOLDERS: readonly Holder[] = ['me', 'them', 'both', 'not-sure'];
export const PLAN_OWNERS: readonly PlanOwner[] = ['mine', 'theirs', 'shared', 'not-sure'];
export const SECOND_STEP_METHODS: readonly SecondStepMethod[] = [
  'text-or-call',
  'authenticator-app',
  'sign-in-prompt',
  'security-key',
  'passkey',
  'backup-codes',
  'email-code',
];
export const DECISION_CHOICES: readonly DecisionChoice[] = ['change-now', 'later', 'leave-it'];
export const RECORD_TYPES: readonly RecordType[] = [
  'phone-line',
  'assessment',
  'decision',
  'step-event',
  'finding',
  'device-check',
  'note',
  'check-up',
  'device',
  'start',
  'evidence',
  'account-choices',
];
