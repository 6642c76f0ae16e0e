import { step, type StepWhen } from './step-spec';

/** Steps that change the carrier account: only on the person's own plan. */
export const MINE: StepWhen = { plan: ['mine'] };
/** Asked first: whose plan is it? Nothing on the account changes until they know. */
export const ASK: StepWhen = { plan: ['ask'] };
const NOT_MINE: StepWhen = { plan: ['theirs', 'ask'] };

/**
 * On the other person's plan (or while not known): no step that changes their account, only
 * moving the person's line off it, or a new prepaid line. New ids (never renamed).
 *
 * Safe Connections Act (Public Law 117-223): at a survivor's request a carrier must split the
 * survivor's line, "and the line of any individual in the survivor's care", from a shared
 * contract; the survivor must "verify through appropriate documentation" the abuse and "assume
 * financial responsibility for services after a line separation"; no fees, within two business
 * days, requests may be made remotely. Congress's summary:
 * https://polifocus.com/bill/117/hr/7132 and https://hozzl.com/p/bill/117-s-bill-number-120-safe-connections-act-of-2021 ;
 * the law: https://www.govinfo.gov/bulkdata/PLAW/117/public/PLAW-117publ223.xml . The kinds of
 * proof (a copy of a protective order, a police report, a signed statement) follow the law's
 * list of documentation and issue 31; the account owner need not agree:
 * https://help.boostmobile.com/docs/safe-connections-act (cited in playbook-recovery-kinds.ts).
 * What happens to a phone still being paid off is the carrier's rule: the text says to ask.
 */
export const THEIR_PLAN_STEPS = [
  // Moving the line takes it off their plan: they would see it gone from the account. Proof,
  // the lines in the person's care, paying after: https://polifocus.com/bill/117/hr/7132
  step({ id: 'carrier_line_split', effects: ['asks-for-help', 'removes-access'], when: NOT_MINE }),
  // A prepaid line in the person's own name touches nothing on their plan (issue 31's other
  // choice). No vendor fact in the text; the law also asks the FCC to help survivors with
  // Lifeline for up to six months (not said in the text yet):
  // https://bigislandtimes.com/stories/637485877-schatz-s-safe-connections-act-helps-survivors-of-domestic-violence-right-now-there-is-no-easy-way-out-for-these-victims
  step({ id: 'carrier_new_line', effects: ['adds-protection'], when: NOT_MINE }),
];
