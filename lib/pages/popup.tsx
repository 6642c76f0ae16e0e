import { render, type ComponentChildren } from 'preact';
import { setToolbarTitle } from '../browser/action';
import { runtimeRelay } from '../browser/page-relay';
import { openDashboard, showTab } from '../browser/tabs';
import { appName, ensureMessages } from '../i18n';
import { browserSessionArea } from '../storage/session-key';
import { createTripleShift } from '../safety/triple-shift';
import { leaveNow, type LeaveParts } from './leave-now';
import { mountRoot, showErased } from './mount-root';
import { openPageChannel } from './page-channel';
import { GlancePopup } from './popup-glance';
import { needsPlanPopup, readGlance, type Glance } from './popup-glance-data';
import { loadPopupSite } from './popup-site-slot';
import { findUnlockedTab } from './unlocked-elsewhere';
import { planPopupLikely, rememberPlanPopup } from './popup-plan-hint';
import { exitTarget } from '../safety/exit-url';
import { forgetExitTraces } from '../safety/exit-traces';
import { setNeutralRoutes } from '../state/neutral-route';

/**
 * Mounts the toolbar popup. When it says nothing of the plan (the person's choice, or the lock),
 * it reads a few settings and never loads the plan store or the playbook; otherwise the plan
 * popup (popup-plan.tsx) loads. Marks `ready` once real data is on screen.
 */
export async function mountPopup(rootId: string): Promise<void> {
  const root = mountRoot(rootId);
  // The last popup needed the plan popup: its code loads beside the settings read.
  const early = planPopupLikely() ? loadPlanPopup() : undefined;
  early?.catch(() => undefined); // a head start not taken: its failure is no one's
  const [glance] = await Promise.all([readGlance(), ensureMessages()]);
  const needed = !glance || needsPlanPopup(glance);
  rememberPlanPopup(needed);
  if (needed) return (await (early ?? loadPlanPopup())).mountPlanPopup(root);
  await mountGlance(root, glance);
}

/**
 * The plan popup's code, with the reader of the plan's records its store loads beside the
 * first read (lib/storage/late.ts): both start now, not one after the other.
 */
function loadPlanPopup() {
  void import('../plan/read-records').catch(() => undefined); // the store asks again, and says
  return import('./popup-plan');
}

async function mountGlance(root: HTMLElement, glance: Glance): Promise<void> {
  const { settings, sealed } = glance;
  const parts: LeaveParts = {
    settings: () => settings,
    endAndLock: () => forgetExitTraces(browserSessionArea()),
    post: (message) => channel.post(message),
    // The popup holds no key: a sealed plan is as good as locked here.
    exitUrl: () => exitTarget(settings.quickExitUrl, sealed ? 'locked' : 'none'),
  };
  const channel = openPageChannel((message) => {
    if (message === 'quick-exit') void leaveNow(parts, false);
    if (message === 'wipe') showErased();
    // The plan was locked (a tab that held it open may hold it no more): ask again from the
    // start. Changed (the lock turned on, the next step shown): start over if it now matters.
    if (message === 'lock' && sealed) location.reload();
    else if (message === 'lock' || message === 'changed') void startOverIfStale(glance);
  }, runtimeRelay);
  const onKey = createTripleShift(() => void leaveNow(parts, true));
  document.addEventListener('keydown', onKey, { capture: true });
  document.addEventListener('keyup', onKey, { capture: true });
  document.title = appName(settings.discreet);
  setNeutralRoutes(settings.discreet);

  // Locked here, but maybe open unlocked in a tab: then say so and lead there. The popup shows
  // at once; a busy machine's open page may take a moment to answer.
  let unlockedTab: number | undefined;
  let site: ComponentChildren = null;
  let language: ComponentChildren = null;
  // "Keep a copy of this page": its code loads on the click (lib/pages/popup-capture.tsx).
  let capture: ComponentChildren;
  const onCapture = () =>
    void import('./popup-capture').then((m) => {
      const save = sealed ? null : m.glanceSave();
      const announce = () => channel.post('changed');
      capture = m.capturePanel({ discreet: settings.discreet, save, announce });
      render(view(), root);
    });
  const view = () => (
    <GlancePopup
      discreet={settings.discreet}
      sealed={sealed}
      openElsewhere={unlockedTab !== undefined}
      onOpen={() => {
        const opening = unlockedTab === undefined ? openDashboard() : showTab(unlockedTab);
        void opening.then(() => window.close());
      }}
      onQuickExit={() => void leaveNow(parts, true)}
      site={site}
      capture={capture}
      onCapture={onCapture}
      language={language}
    />
  );
  render(view(), root);
  performance.mark('ready');
  // The toolbar's name and icon (discreet or not) after the first paint: the icon's images are
  // drawn in this page, which the first screen need not wait for.
  void setToolbarTitle(settings.discreet).catch(() => undefined);
  // Locked, as on the full lock screen: a person who cannot read this language finds theirs.
  if (sealed) {
    const redraw = () => render(view(), root);
    language = (await import('./popup-language')).languageSlot(redraw, settings.discreet);
    redraw();
  }
  // Asked a few times: a page busy re-wrapping its key after an unlock may answer late.
  for (let tries = 0; sealed && unlockedTab === undefined && tries < 4; tries++) {
    unlockedTab = await findUnlockedTab(1_000);
    if (unlockedTab !== undefined) render(view(), root);
  }
  if (sealed) return;
  site = await loadPopupSite(settings.discreet);
  render(view(), root);
}

/** Reloads the popup when a fresh read says it should now show something else. */
async function startOverIfStale(shown: Glance): Promise<void> {
  const now = await readGlance();
  const stale =
    !now ||
    now.sealed !== shown.sealed ||
    now.settings.discreet !== shown.settings.discreet ||
    needsPlanPopup(now);
  if (stale) location.reload();
}
