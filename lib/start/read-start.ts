import { saneDateOr } from '../plan/dates';
import { KNOWS_HOW, LIVING, WORRIES, type StartAnswers } from './answers';

/**
 * Reads stored or imported start answers: untrusted input, never throws. Null when damaged;
 * unknown fields are dropped, and a list with an unknown answer makes the whole record null.
 */
export function readStartAnswers(raw: Record<string, unknown>, now: number): StartAnswers | null {
  const worries = readList(raw.worries, WORRIES);
  const knows = readList(raw.knows, KNOWS_HOW);
  const { living, updatedAt } = raw;
  if (!worries || !knows) return null;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) return null;
  if (living !== undefined && !(LIVING as readonly unknown[]).includes(living)) return null;
  return {
    worries,
    ...(living !== undefined && { living: living as StartAnswers['living'] }),
    knows,
    updatedAt: saneDateOr(updatedAt, now),
  };
}

function readList<T extends string>(raw: unknown, allowed: readonly T[]): T[] | null {
  if (!Array.isArray(raw) || raw.length > allowed.length) return null;
  if (!raw.every((v) => (allowed as readonly unknown[]).includes(v))) return null;
  return allowed.filter((v) => raw.includes(v));
}
