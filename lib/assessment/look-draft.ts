import type { Assessment, SecondStep, SecondStepMethod } from '@/lib/plan/records';

/** The look-first answers as they are typed, before they are saved for an account. */
export type LookDraft = Omit<Assessment, 'accountId' | 'updatedAt'>;

/**
 * The draft with one answer set. A skipped question or an empty choice is no answer at all: the
 * field goes.
 */
export function withAnswer<K extends keyof LookDraft>(
  draft: LookDraft,
  key: K,
  value: LookDraft[K] | undefined,
): LookDraft {
  const rest = Object.fromEntries(Object.entries(draft).filter(([k]) => k !== key));
  const cleared = value === undefined || value === '';
  return (cleared ? rest : { ...rest, [key]: value }) as unknown as LookDraft;
}

/** The second steps with one method's entry replaced, or taken away when `step` is null. */
export function withStep(
  steps: readonly SecondStep[],
  method: SecondStepMethod,
  step: SecondStep | null,
): SecondStep[] {
  return [...steps.filter((s) => s.method !== method), ...(step ? [step] : [])];
}
