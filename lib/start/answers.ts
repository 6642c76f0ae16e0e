import type { AccountKind } from '../plan/kinds';

/**
 * "Where you are now": the start's questions, asked of every person before the plan (pure: no
 * DOM, no storage). They follow what clinics ask first: the person's current safety concerns,
 * what happened to make them worry, and how they think it is happening ("look for patterns").
 * Sources: NNEDV Safety Net, "Assessing for Technology Abuse and Privacy Concerns"
 * (https://www.techsafety.org/resources-agencyuse/assessing-tech-abuse/) and "Technology Safety
 * Plan" (https://www.techsafety.org/resources-survivors/technology-safety-plan).
 *
 * "Are you safe right now?" is about this moment and is never part of these answers or stored.
 */

/** What worries the person most (several may be picked). */
export const WORRIES = [
  'location',
  'messages',
  'money',
  'children',
  'knows-things',
  'acts-as-me',
  'not-sure',
] as const;
export type Worry = (typeof WORRIES)[number];

/** Where things stand with the other person. */
export const LIVING = ['together', 'left', 'planning', 'not-sure'] as const;
export type Living = (typeof LIVING)[number];

/** How the other person seems to know things (several may be picked). */
export const KNOWS_HOW = [
  'passcode',
  'had-device',
  'shared-account',
  'shows-up',
  'knows-messages',
  'phone-plan',
  'not-sure',
] as const;
export type KnowsHow = (typeof KNOWS_HOW)[number];

/** The start's answers as kept (sealed with the plan, like the look-first answers). */
export interface StartAnswers {
  readonly worries: readonly Worry[];
  /** Absent when skipped; 'planning' only when the person chose to keep it. */
  readonly living?: Living;
  readonly knows: readonly KnowsHow[];
  readonly updatedAt: number;
}

/** The one start record's identity: a plan has one set of start answers. */
export const START_ID = 'start';

/** The answers on the page, before they are kept: "planning" may be there, unkept. */
export interface StartDraft {
  readonly worries: readonly Worry[];
  readonly living?: Living;
  readonly knows: readonly KnowsHow[];
  /** The person ticked "keep that I plan to leave". */
  readonly keepPlanning: boolean;
}

/** What is kept of a draft: "planning to leave" only if the person ticked to keep it. */
export function toKept(draft: StartDraft, now: number): StartAnswers {
  const living = draft.living === 'planning' && !draft.keepPlanning ? undefined : draft.living;
  return {
    worries: WORRIES.filter((w) => draft.worries.includes(w)),
    ...(living && { living }),
    knows: KNOWS_HOW.filter((k) => draft.knows.includes(k)),
    updatedAt: now,
  };
}

/** The answers they still live with the other person (or will, until they leave). */
export const livesWithThem = (a: Pick<StartAnswers, 'living'>): boolean =>
  a.living === 'together' || a.living === 'planning';

/** Answers saying a phone or computer may be known to them ("knows my passcode"). */
export const deviceMayBeKnown = (a: Pick<StartAnswers, 'knows'>): boolean =>
  a.knows.includes('passcode') || a.knows.includes('had-device');

/** Where the person fears being found: they have left, and worry about where they are. */
export const fearsBeingFound = (a: Pick<StartAnswers, 'living' | 'worries' | 'knows'>): boolean =>
  a.living === 'left' && (a.worries.includes('location') || a.knows.includes('shows-up'));

/** The kinds where location shows: trackers, Find My and sharing, family locators, the car. */
export const LOCATION_KINDS: readonly AccountKind[] = ['trackers', 'device-cloud', 'family', 'car'];

/** The kinds each worry points to first. */
export const WORRY_KINDS: { readonly [W in Worry]: readonly AccountKind[] } = {
  location: LOCATION_KINDS,
  messages: ['primary-email', 'messaging', 'other-email', 'device-cloud'],
  money: ['banking', 'shopping'],
  children: ['family', 'trackers'],
  'knows-things': ['device-cloud', 'primary-email'],
  'acts-as-me': ['social', 'primary-email', 'messaging'],
  'not-sure': [],
};

/** The kinds each "how do they know" answer points to first (devices are apart). */
export const KNOWS_KINDS: { readonly [K in KnowsHow]: readonly AccountKind[] } = {
  passcode: ['device-cloud'],
  'had-device': ['device-cloud'],
  'shared-account': ['device-cloud', 'family'],
  'shows-up': LOCATION_KINDS,
  'knows-messages': ['primary-email', 'messaging', 'device-cloud'],
  'phone-plan': ['phone-carrier'],
  'not-sure': [],
};
