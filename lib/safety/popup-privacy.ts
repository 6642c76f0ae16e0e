import type { Settings } from '../plan/types';
import type { LockState } from '../storage/plan-storage';

/** The person's choice for the toolbar popup: shown, hidden, or Lockstep's default. */
export type PopupNextStep = Settings['popupNextStep'];

/** Lockstep's default: the popup tells of the plan only with the lock on and discreet mode off. */
export function popupShowsPlanByDefault(settings: Settings, lock: LockState): boolean {
  return lock !== 'none' && !settings.discreet;
}

/**
 * Whether the toolbar popup shows progress and the next step. Anyone who clicks the toolbar
 * button sees the popup, so with the lock off, or in discreet mode, it says nothing of the plan
 * unless the person chose to see it there.
 */
export function popupShowsPlan(settings: Settings, lock: LockState): boolean {
  if (settings.popupNextStep === 'show') return true;
  if (settings.popupNextStep === 'hide') return false;
  return popupShowsPlanByDefault(settings, lock);
}
