import { effect } from '@preact/signals';
import { setToolbarTitle } from '../browser/action';
import type { SafetyActions } from '@/components/common/safety-context';
import { forgetLockstepPages } from '../browser/history';
import { askHistorySweep } from '../browser/page-requests';
import { leaveThisTab } from '../browser/tabs';
import { appName } from '../i18n';
import { blankPage } from '../safety/blank';
import { clearClipboard } from '../safety/clipboard';
import { endSessionNow } from '../safety/end-session';
import { exitTarget } from '../safety/exit-url';
import { sweepWhenHidden } from '../safety/history-sweep';
import { watchIdle } from '../safety/idle';
import { createTripleShift } from '../safety/triple-shift';
import { setNeutralRoutes } from '../state/neutral-route';
import { parseRoute, routeHash } from '../state/route';
import { afterReady } from './after-ready';
import { leaveNow, type LeaveParts } from './leave-now';
import { showErased } from './mount-root';
import type { PageMessage } from './page-channel';
import type { OpenedPlan } from './open-plan-store';

export interface PageSafety {
  /** Blank this page, close every Lockstep page, leave a neutral one. */
  quickExit(): void;
  /** Erase everything, then start again from a fresh page. */
  wipe(): Promise<void>;
}

/**
 * Everything that keeps a Lockstep page safe to have open: quick exit (button and Shift × 3),
 * auto-lock when idle, the neutral title, and obeying the other pages' lock, exit and wipe.
 */
export function installPageSafety({ store, storage, channel }: OpenedPlan): PageSafety {
  const parts: LeaveParts = {
    settings: () => store.settings.value,
    endAndLock: () => {
      const ended = endSessionNow(storage);
      storage.lock();
      return ended;
    },
    post: (message) => channel.post(message),
    exitUrl: () => exitTarget(store.settings.value.quickExitUrl, store.lockState.peek()),
  };
  const leave = (initiator: boolean) => leaveNow(parts, initiator);

  const onKey = createTripleShift(() => void leave(true));
  document.addEventListener('keydown', onKey, { capture: true });
  document.addEventListener('keyup', onKey, { capture: true });

  // Auto-lock this page after the chosen idle time, when the lock is on.
  let stopIdle: () => void = () => undefined;
  effect(() => {
    stopIdle();
    const minutes = store.settings.value.autoLockMinutes;
    if (store.lockState.value !== 'unlocked') return;
    stopIdle = watchIdle(document, minutes, () => void store.lock(false), [document, window]);
  });

  // Hidden or closed, with clean-up on: the background sweeps this page's rows from history.
  sweepWhenHidden(document, window, () => store.settings.peek().clearHistory, askHistorySweep);

  // However the plan locks (the Lock button, idle time, another page), history clean-up runs
  // when the person turned it on, as the settings say.
  let wasUnlocked = store.lockState.value === 'unlocked';
  effect(() => {
    const unlocked = store.lockState.value === 'unlocked';
    if (wasUnlocked && !unlocked && store.settings.peek().clearHistory)
      void forgetLockstepPages().catch(() => undefined);
    wasUnlocked = unlocked;
  });

  effect(() => {
    const discreet = store.settings.value.discreet;
    document.title = appName(discreet);
    // The address says no more than the title: a neutral one in discreet mode (issue 27).
    setNeutralRoutes(discreet);
    if (location.hash)
      history.replaceState(history.state, '', routeHash(parseRoute(location.hash)));
    // The toolbar's icon is drawn in this page: after the first screen, which need not wait.
    afterReady(() => void setToolbarTitle(discreet).catch(() => undefined));
  });

  return {
    quickExit: () => void leave(true),
    async wipe() {
      storage.lock();
      channel.post('wipe');
      storage.close();
      // Loaded only when used: erasing is rare, and the popup must start small.
      const { wipeEverything } = await import('../safety/wipe');
      await wipeEverything();
      // The toolbar dot and any notification shown, while the permission to close them holds.
      const { clearToolbarSignals } = await import('../background/toolbar-signals');
      await clearToolbarSignals().catch(() => undefined);
      // Then what the browser keeps outside Lockstep's storage: the history rows of its pages,
      // the neutral toolbar name, and every optional permission it was given (last: the
      // history clean-up needs its permission).
      await forgetLockstepPages().catch(() => undefined);
      const { giveBackAll } = await import('../browser/permissions');
      await giveBackAll();
      await setToolbarTitle(false).catch(() => undefined);
      showErased();
    },
  };
}

/** What a page does when another Lockstep page exits or wipes. */
export function onOtherPage(message: PageMessage, { storage }: OpenedPlan): void {
  if (message === 'quick-exit') {
    void clearClipboard();
    blankPage();
    const ended = endSessionNow(storage);
    storage.lock();
    void ended.then(() => leaveThisTab()).catch(() => undefined);
  }
  if (message === 'wipe') {
    // Let go of the database so it can be deleted, then start again empty.
    storage.close();
    showErased();
  }
}

/** The page's safety, as the components see it. */
export function safetyActions(safety: PageSafety): SafetyActions {
  return {
    quickExit: safety.quickExit,
    wipe: safety.wipe,
  };
}
