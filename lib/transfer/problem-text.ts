import type { MessageKey } from '../i18n';
import type { Place, Problem, ProblemCode } from './problems';

/** `t` from lib/i18n.ts (passed in, so this stays pure and testable in Node). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The schema's field names, in words. */
const FIELDS: Readonly<Record<string, MessageKey>> = {
  id: 'xfer_field_id',
  name: 'xfer_field_name',
  site: 'xfer_field_site',
  kind: 'xfer_field_kind',
  position: 'xfer_field_position',
  createdAt: 'xfer_field_date',
  updatedAt: 'xfer_field_date',
  at: 'xfer_field_date',
  exportedAt: 'xfer_field_date',
  accountId: 'xfer_field_account_id',
  stepId: 'xfer_field_step_id',
  status: 'xfer_field_status',
  phone: 'xfer_field_phone',
  accounts: 'xfer_field_accounts',
  progress: 'xfer_field_progress',
  records: 'xfer_field_records',
  localHelpLine: 'xfer_field_help_line',
  plan: 'xfer_field_plan',
  encrypted: 'xfer_field_protected',
  kdf: 'xfer_field_protected',
  algorithm: 'xfer_field_protected',
  iterations: 'xfer_field_protected',
  salt: 'xfer_field_protected',
  sealed: 'xfer_field_protected',
  iv: 'xfer_field_protected',
  data: 'xfer_field_protected',
  '': 'xfer_field_entry',
};

/** "Account 4 (“Gmail”)", "Step record 12", "The file". */
export function placeText(place: Place, t: Translate): string {
  switch (place.in) {
    case 'account':
      return place.name
        ? t('xfer_place_account_named', [String(place.index + 1), place.name])
        : t('xfer_place_account', String(place.index + 1));
    case 'step':
      return t('xfer_place_step', String(place.index + 1));
    case 'record':
      return t('xfer_place_record', String(place.index + 1));
    case 'help-line':
      return t('xfer_place_help_line');
    case 'file':
      return t('xfer_place_file');
  }
}

type Of<C extends ProblemCode> = Extract<Problem, { code: C }>;
type Handlers = { readonly [C in ProblemCode]: (problem: Of<C>, t: Translate) => string };

const simple =
  (key: MessageKey) =>
  (_: Problem, t: Translate): string =>
    t(key);

const HANDLERS: Handlers = {
  'too-big': simple('xfer_problem_too_big'),
  'not-json': simple('xfer_problem_not_json'),
  'not-lockstep': simple('xfer_problem_not_lockstep'),
  'weak-key-settings': simple('xfer_problem_weak_key_settings'),
  'unknown-key-settings': simple('xfer_problem_unknown_key_settings'),
  'needs-passphrase': simple('xfer_problem_needs_passphrase'),
  'wrong-passphrase': simple('xfer_problem_wrong_passphrase'),
  unreadable: simple('xfer_problem_unreadable'),
  'newer-version': (p, t) => t('xfer_problem_newer_version', String(p.version)),
  'invalid-field': (p, t) =>
    t('xfer_problem_invalid_field', [
      placeText(p.place, t),
      t((Object.hasOwn(FIELDS, p.field) && FIELDS[p.field]) || 'xfer_field_other'),
    ]),
  'duplicate-account': (p, t) => t('xfer_problem_duplicate_account', placeText(p.place, t)),
  'unknown-account': (p, t) => t('xfer_problem_unknown_account', placeText(p.place, t)),
  'unknown-step': (p, t) => t('xfer_problem_unknown_step', [placeText(p.place, t), p.account]),
  'duplicate-step': (p, t) => t('xfer_problem_duplicate_step', placeText(p.place, t)),
  'invalid-record': (p, t) => t('xfer_problem_invalid_record', placeText(p.place, t)),
  'duplicate-record': (p, t) => t('xfer_problem_duplicate_record', placeText(p.place, t)),
  'date-out-of-range': (p, t) => t('xfer_problem_date_out_of_range', placeText(p.place, t)),
  'more-problems': (p, t) => t('xfer_problem_more_problems', String(p.count)),
};

/** One problem with a file as a sentence in the person's language. */
export function problemText(problem: Problem, t: Translate): string {
  return (HANDLERS[problem.code] as (p: Problem, t: Translate) => string)(problem, t);
}
