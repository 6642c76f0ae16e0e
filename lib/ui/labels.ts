import { t, type MessageKey } from '../i18n';
import type { AccountKind } from '../plan/kinds';
import type { StepStatus } from '../plan/types';

const KIND_LABELS: Record<AccountKind, MessageKey> = {
  'primary-email': 'kind_primary_email',
  'phone-carrier': 'kind_phone_carrier',
  'device-cloud': 'kind_device_cloud',
  banking: 'kind_banking',
  social: 'kind_social',
  'other-email': 'kind_other_email',
  work: 'kind_work',
  shopping: 'kind_shopping',
  other: 'kind_other',
};

const KIND_HINTS: Record<AccountKind, MessageKey> = {
  'primary-email': 'kind_primary_email_hint',
  'phone-carrier': 'kind_phone_carrier_hint',
  'device-cloud': 'kind_device_cloud_hint',
  banking: 'kind_banking_hint',
  social: 'kind_social_hint',
  'other-email': 'kind_other_email_hint',
  work: 'kind_work_hint',
  shopping: 'kind_shopping_hint',
  other: 'kind_other_hint',
};

const STATUS_LABELS: Record<StepStatus | 'todo', MessageKey> = {
  todo: 'status_todo',
  done: 'status_done',
  skipped: 'status_skipped',
  na: 'status_na',
};

export const kindLabel = (kind: AccountKind): string => t(KIND_LABELS[kind]);
export const kindHint = (kind: AccountKind): string => t(KIND_HINTS[kind]);
export const statusLabel = (status: StepStatus | 'todo'): string => t(STATUS_LABELS[status]);
