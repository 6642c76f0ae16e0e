/**
 * Whether the last popup needed the plan popup (the next step shown, memory mode, a running
 * session…), kept in the extension's page storage. When it did, the next popup starts loading
 * the plan popup's code beside the settings read instead of after it. Only a head start: the
 * settings read still decides what shows. "Erase everything" clears page storage, and this too.
 */
const KEY = 'lockstep-popup-plan';

const area = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // page storage turned off: no head start
  }
};

/** True when the last popup loaded the plan popup. */
export const planPopupLikely = (): boolean => area()?.getItem(KEY) === '1';

/** Keeps what this popup needed, for the next one (written only when it changes). */
export function rememberPlanPopup(needed: boolean): void {
  if (planPopupLikely() === needed) return;
  if (needed) area()?.setItem(KEY, '1');
  else area()?.removeItem(KEY);
}
