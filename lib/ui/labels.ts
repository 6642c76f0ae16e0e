import { t, type MessageKey } from '../i18n';
import type { AccountKind } from '../plan/kinds';
import type { StepStatus } from '../plan/types';

const KIND_LABELS: Record<AccountKind, MessageKey> = {
  'primary-email': 'kind_primary_email',
  'phone-carrier': 'kind_phone_carrier',
  'device-cloud': 'kind_device_cloud',
  'password-manager': 'kind_password_manager',
  messaging: 'kind_messaging',
  banking: 'kind_banking',
  trackers: 'kind_trackers',
  family: 'kind_family',
  social: 'kind_social',
  'smart-home': 'kind_smart_home',
  car: 'kind_car',
  'other-email': 'kind_other_email',
  work: 'kind_work',
  shopping: 'kind_shopping',
  other: 'kind_other',
  'home-internet': 'kind_home_internet',
  'mail-address': 'kind_mail_address',
  government: 'kind_government',
  health: 'kind_health',
  fitness: 'kind_fitness',
  games: 'kind_games',
  'co-parenting': 'kind_co_parenting',
  dating: 'kind_dating',
};

const KIND_HINTS: Record<AccountKind, MessageKey> = {
  'primary-email': 'kind_primary_email_hint',
  'phone-carrier': 'kind_phone_carrier_hint',
  'device-cloud': 'kind_device_cloud_hint',
  'password-manager': 'kind_password_manager_hint',
  messaging: 'kind_messaging_hint',
  banking: 'kind_banking_hint',
  trackers: 'kind_trackers_hint',
  family: 'kind_family_hint',
  social: 'kind_social_hint',
  'smart-home': 'kind_smart_home_hint',
  car: 'kind_car_hint',
  'other-email': 'kind_other_email_hint',
  work: 'kind_work_hint',
  shopping: 'kind_shopping_hint',
  other: 'kind_other_hint',
  'home-internet': 'kind_home_internet_hint',
  'mail-address': 'kind_mail_address_hint',
  government: 'kind_government_hint',
  health: 'kind_health_hint',
  fitness: 'kind_fitness_hint',
  games: 'kind_games_hint',
  'co-parenting': 'kind_co_parenting_hint',
  dating: 'kind_dating_hint',
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
