import type { MessageKey } from '@/lib/i18n';
import type { KnowsHow, Living, Worry } from '@/lib/start/answers';

/** The words of each start answer, in the catalogue. */
export const WORRY_LABELS: { readonly [W in Worry]: MessageKey } = {
  location: 'start_worry_location',
  messages: 'start_worry_messages',
  money: 'start_worry_money',
  children: 'start_worry_children',
  'knows-things': 'start_worry_knows_things',
  'acts-as-me': 'start_worry_acts_as_me',
  'not-sure': 'start_worry_not_sure',
};

export const LIVING_LABELS: { readonly [L in Living]: MessageKey } = {
  together: 'start_living_together',
  left: 'start_living_left',
  planning: 'start_living_planning',
  'not-sure': 'start_living_not_sure',
};

export const KNOWS_LABELS: { readonly [K in KnowsHow]: MessageKey } = {
  passcode: 'start_knows_passcode',
  'had-device': 'start_knows_had_device',
  'shared-account': 'start_knows_shared_account',
  'shows-up': 'start_knows_shows_up',
  'knows-messages': 'start_knows_knows_messages',
  'phone-plan': 'start_knows_phone_plan',
  'not-sure': 'start_knows_not_sure',
};

export const ANSWER_LABELS = {
  yes: 'look_answer_yes',
  no: 'look_answer_no',
  'not-sure': 'look_answer_not_sure',
} as const;
