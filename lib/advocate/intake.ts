import { kindRank, type AccountKind } from '../plan/kinds';
import type { Answer } from '../plan/records';

/**
 * The questions clinics ask before anyone touches an account, and what the answers suggest.
 * Pure logic; the answers are kept only in the session (lib/storage/session-storage.ts).
 * The questions follow the tech-abuse clinics' intake: the other person's physical access to
 * the devices, shared plans and accounts, children and legal steps (GUIDANCE.md, "Before any
 * change"; the Safe Connections Act line is the phone-carrier playbook's `carrier_who_owns`).
 */
export const INTAKE_QUESTIONS = [
  'live-together',
  'set-up-devices',
  'had-devices',
  'knows-passcode',
  'shared-phone-plan',
  'they-manage-plan',
  'shared-accounts',
  'shared-money',
  'shared-car',
  'smart-home',
  'children',
  'legal',
] as const;

export type IntakeQuestion = (typeof INTAKE_QUESTIONS)[number];

/** The answers given so far; a question not answered is skipped. */
export type Intake = Partial<Record<IntakeQuestion, Answer>>;

/** What the answers mean for the session, most urgent first. */
export type IntakeFlag = 'document-first' | 'at-home' | 'device-first' | 'their-plan' | 'custody';

export const INTAKE_FLAGS: readonly IntakeFlag[] = [
  'document-first',
  'at-home',
  'device-first',
  'their-plan',
  'custody',
];

export interface IntakeAdvice {
  readonly flags: readonly IntakeFlag[];
  /** Kinds of account to add, in plan order, leaving out kinds the plan already has. */
  readonly kinds: readonly AccountKind[];
}

/** "Not sure" counts as yes: the advice is about what could be true. */
const maybe = (answer: Answer | undefined) => answer === 'yes' || answer === 'not-sure';

const FLAG_RULES: { readonly [F in IntakeFlag]: (intake: Intake) => boolean } = {
  // Legal steps under way: changes erase what a court may need. Document first.
  'document-first': (i) => maybe(i.legal),
  // At home the other person may see a change as it happens: plan noticeable steps.
  'at-home': (i) => maybe(i['live-together']),
  // Someone who had the device in hand may have installed something: check devices first.
  'device-first': (i) =>
    maybe(i['had-devices']) || maybe(i['set-up-devices']) || maybe(i['knows-passcode']),
  // The plan's manager can see call and text logs and change the line.
  'their-plan': (i) => maybe(i['they-manage-plan']),
  // A child's accounts and devices may be named in custody or parenting orders (issue 32):
  // changing them may touch the order. Co-parenting apps are often court-ordered:
  // https://legalclarity.org/court-apps-for-parents-how-they-work-in-custody-cases/
  custody: (i) => maybe(i.children),
};

const KIND_RULES: readonly (readonly [AccountKind, (intake: Intake) => boolean])[] = [
  ['phone-carrier', (i) => maybe(i['shared-phone-plan']) || maybe(i['they-manage-plan'])],
  ['device-cloud', (i) => maybe(i['shared-accounts'])],
  ['trackers', (i) => maybe(i.children) || maybe(i['shared-accounts'])],
  ['family', (i) => maybe(i.children) || maybe(i['shared-accounts'])],
  ['smart-home', (i) => maybe(i['smart-home'])],
  // Issue 32: money and cars they share or can reach; the home internet that runs the smart
  // home; the co-parenting app that comes with children in common.
  ['banking', (i) => maybe(i['shared-money'])],
  ['car', (i) => maybe(i['shared-car'])],
  ['home-internet', (i) => maybe(i['smart-home'])],
  ['co-parenting', (i) => maybe(i.children)],
];

/** What the answers suggest: flags to show, and kinds of account the plan does not have yet. */
export function adviseIntake(intake: Intake, planKinds: readonly AccountKind[]): IntakeAdvice {
  const have = new Set(planKinds);
  return {
    flags: INTAKE_FLAGS.filter((flag) => FLAG_RULES[flag](intake)),
    kinds: KIND_RULES.filter(([kind, rule]) => !have.has(kind) && rule(intake))
      .map(([kind]) => kind)
      .sort((a, b) => kindRank(a) - kindRank(b)),
  };
}

/** Reads stored answers defensively: unknown questions and answers are dropped. */
export function readIntake(raw: unknown): Intake {
  if (typeof raw !== 'object' || raw === null) return {};
  const value = raw as Record<string, unknown>;
  const intake: Intake = {};
  for (const question of INTAKE_QUESTIONS) {
    const answer = value[question];
    if (answer === 'yes' || answer === 'no' || answer === 'not-sure') intake[question] = answer;
  }
  return intake;
}
