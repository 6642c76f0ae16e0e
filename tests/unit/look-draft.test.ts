import { describe, expect, it } from 'vitest';
import { withAnswer, withStep, type LookDraft } from '@/lib/assessment/look-draft';

describe('look-first draft', () => {
  const draft: LookDraft = { secondSteps: [], knowsPassword: 'yes', signInWithId: 'a1' };

  it('sets an answer and keeps the others', () => {
    expect(withAnswer(draft, 'unknownDevices', 'no')).toEqual({ ...draft, unknownDevices: 'no' });
  });

  it('drops a skipped question or an empty choice instead of storing it', () => {
    expect(withAnswer(draft, 'knowsPassword', undefined)).toEqual({
      secondSteps: [],
      signInWithId: 'a1',
    });
    expect(withAnswer(draft, 'signInWithId', '')).toEqual({
      secondSteps: [],
      knowsPassword: 'yes',
    });
  });

  it('replaces one second step and takes one away', () => {
    const steps = withStep([], 'passkey', { method: 'passkey', holder: 'not-sure' });
    const changed = withStep(steps, 'passkey', { method: 'passkey', holder: 'them' });
    expect(changed).toEqual([{ method: 'passkey', holder: 'them' }]);
    expect(withStep(changed, 'passkey', null)).toEqual([]);
    expect(steps).toEqual([{ method: 'passkey', holder: 'not-sure' }]);
  });
});
