import { t } from '../i18n';
import type { StoreCore } from '../state/store-core';
import { browserSessionArea, type SessionArea } from '../storage/session-key';
import { evidenceActions } from './evidence-actions';
import { putBack, takePending, type PageCapture } from './pending-capture';

/**
 * Page copies from the toolbar popup (issue 34): saved in the log through the log's own
 * `addEvidence`, now when the plan is open, or at the next unlock when the popup kept one in
 * session memory. The log is not used in memory mode or in an advocate session.
 */
export function captureActions(core: StoreCore) {
  const { addEvidence } = evidenceActions(core);
  const logOpen = () =>
    core.state.value === 'ready' &&
    core.storage.mode === 'persistent' &&
    !!core.storage.evidenceFiles;

  /** Files a page copy in the log; false when the log cannot take it here and now. */
  async function saveCapture(capture: PageCapture): Promise<boolean> {
    if (!logOpen()) return false;
    const labels = { title: t('capture_entry_title'), address: t('capture_entry_address') };
    // Loaded when used: the dashboard's first download only checks for a waiting copy.
    const { captureEntry } = await import('./capture-entry');
    const { draft, file } = captureEntry(capture, labels);
    return addEvidence(draft, [file]);
  }

  /**
   * Files the copy kept while the plan was locked. `none`: nothing waits (or the log is not open
   * here); `failed`: it could not be filed, and it waits again.
   */
  async function filePendingCapture(
    area: SessionArea | null = browserSessionArea(),
  ): Promise<'filed' | 'none' | 'failed'> {
    if (!area || !logOpen()) return 'none';
    const capture = await takePending(area).catch(() => null);
    if (!capture) return 'none';
    const saved = await saveCapture(capture).catch(() => false);
    if (saved) return 'filed';
    await putBack(area, capture).catch(() => undefined);
    return 'failed';
  }

  return { saveCapture, filePendingCapture };
}
