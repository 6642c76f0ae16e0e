import { readSealedCopy, type SealedSettings } from './sealed-settings';

/**
 * What only the sealed plan can say, so nobody without the passphrase can forge it: when it was
 * last changed, and the check word the person chose. Shown after every unlock: a plan that
 * opens without them was not sealed by the person's Lockstep.
 */
export interface SealedFacts {
  /** When the sealed plan was last written (ms), or null for vaults sealed before this. */
  readonly changedAt: number | null;
  /** The person's check word, or null when none was chosen. */
  readonly checkWord: string | null;
  /** A re-seal of the evidence files to sealed is under way (reseal-marker.ts); null: not said. */
  readonly resealing: boolean | null;
  /** The copy of the clear settings (sealed-settings.ts); null for plans sealed before it. */
  readonly settings: SealedSettings | null;
}

export const NO_FACTS: SealedFacts = {
  changedAt: null,
  checkWord: null,
  resealing: null,
  settings: null,
};

/** The longest check word kept: a word or a short phrase. */
export const MAX_CHECK_WORD = 60;

/** A check word as typed, trimmed; empty or too long gives null (the form checks length). */
export function cleanCheckWord(text: string | null | undefined): string | null {
  const word = (text ?? '').trim().normalize('NFC');
  return word && word.length <= MAX_CHECK_WORD ? word : null;
}

/** The facts from decoded sealed text; anything malformed reads as not there. */
export function readFacts(raw: Record<string, unknown>): SealedFacts {
  const { changedAt, checkWord, resealing, settings } = raw;
  return {
    changedAt:
      typeof changedAt === 'number' && Number.isFinite(changedAt) && changedAt > 0
        ? changedAt
        : null,
    checkWord: typeof checkWord === 'string' ? cleanCheckWord(checkWord) : null,
    resealing: typeof resealing === 'boolean' ? resealing : null,
    settings: readSealedCopy(settings),
  };
}
