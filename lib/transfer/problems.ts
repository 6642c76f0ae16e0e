/** Where in a file a problem is: the n-th account or step record (0-based), or elsewhere. */
export type Place =
  | { readonly in: 'account'; readonly index: number; readonly name?: string }
  | { readonly in: 'step'; readonly index: number }
  | { readonly in: 'record'; readonly index: number }
  | { readonly in: 'help-line' }
  | { readonly in: 'file' };

/**
 * One thing wrong with a file, as data: `problem-text.ts` puts it into plain words. Codes are
 * stable (tests and the page rely on them).
 */
export type Problem =
  | {
      readonly code:
        | 'too-big'
        | 'not-json'
        | 'not-lockstep'
        | 'weak-key-settings'
        | 'unknown-key-settings'
        | 'needs-passphrase'
        | 'wrong-passphrase'
        | 'unreadable';
    }
  | { readonly code: 'newer-version'; readonly version: number }
  /** `field`: the schema's name for it (`name`, `stepId`…), empty for the entry as a whole. */
  | { readonly code: 'invalid-field'; readonly place: Place; readonly field: string }
  | { readonly code: 'duplicate-account'; readonly place: Place }
  | { readonly code: 'unknown-account'; readonly place: Place }
  | { readonly code: 'unknown-step'; readonly place: Place; readonly account: string }
  | { readonly code: 'duplicate-step'; readonly place: Place }
  /** A record (lib/plan/records.ts) that is damaged, of an unknown type, or there twice. */
  | { readonly code: 'invalid-record'; readonly place: Place }
  | { readonly code: 'duplicate-record'; readonly place: Place }
  /** A date before 1970 or later than tomorrow (lib/plan/dates.ts): it cannot be right. */
  | { readonly code: 'date-out-of-range'; readonly place: Place; readonly field: string }
  /** The list was cut short: this many more problems were found. */
  | { readonly code: 'more-problems'; readonly count: number };

export type ProblemCode = Problem['code'];

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 10;

/** The first MAX_PROBLEMS problems, and a count of the others. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { code: 'more-problems', count: problems.length - MAX_PROBLEMS },
  ];
}
