import type { ComponentChildren } from 'preact';
import { appName, t } from '@/lib/i18n';
import { shellKey } from '@/lib/safety/discreet-words';
import { popupShowsPlan } from '@/lib/safety/popup-privacy';
import { stepText } from '@/lib/ui/step-text';
import { ProgressSummary } from '../plan/progress-summary';
import { QuickExitButton } from '../safety/quick-exit-button';
import { CaptureSlot } from '../evidence/capture-slot';
import { LanguageChoice } from './language-choice';
import { usePlanStore } from './store-context';

interface Props {
  /** Opens the dashboard, at an account when one is given. */
  readonly onOpen: (accountId?: string) => void;
  /** The current tab's site (see popup-site.tsx), loaded after the popup's first paint. */
  readonly site?: ComponentChildren;
  /** The plan is locked here but open, unlocked, in a Lockstep tab ("Open" goes there). */
  readonly openElsewhere?: boolean;
  /** "Keep a copy of this page", once its button was clicked (lib/pages/popup-capture.tsx). */
  readonly capture?: ComponentChildren;
  readonly onCapture?: () => void;
}

/** The toolbar popup: overall progress, the next step, and the way into Lockstep. */
export function PopupApp({ onOpen, site, openElsewhere = false, capture, onCapture }: Props) {
  const store = usePlanStore();
  if (store.state.value === 'loading') return null;
  const next = store.next.value;
  const empty = store.accounts.value.length === 0;
  // Anyone may click the toolbar button: the plan shows here only when the person wants it.
  // A change made outside Lockstep was caught: a plain line, and nothing of a plan it may have forged.
  const changed = store.findings().length > 0;
  const showPlan = !changed && popupShowsPlan(store.settings.value, store.lockState.value);
  return (
    <main class="popup">
      <h1>{appName(store.settings.value.discreet)}</h1>
      {store.mode === 'memory' && <p class="notice">{t('notice_memory_title')}</p>}
      {changed && (
        <p class="notice" role="alert">
          {t('tamper_popup')}
        </p>
      )}
      {store.state.value === 'failed' ? (
        <p role="alert">{t('load_failed_body')}</p>
      ) : store.state.value === 'locked' ? (
        <p>
          {t(
            shellKey(
              openElsewhere ? 'lock_popup_open_elsewhere' : 'lock_popup_body',
              store.settings.value.discreet,
            ),
          )}
        </p>
      ) : !showPlan ? null : empty ? (
        <p>{t('popup_empty')}</p>
      ) : (
        <>
          <ProgressSummary progress={store.overall.value} label={t('plan_progress_label')} />
          {next ? (
            <section aria-labelledby="popup-next">
              <h2 id="popup-next">{next.revisit ? t('next_revisit_title') : t('next_title')}</h2>
              <p class="next-step-title">{stepText(next.step).title}</p>
              <p class="muted">{t('next_for_account', next.account.name)}</p>
            </section>
          ) : (
            <p>{t('next_all_done_title')}</p>
          )}
        </>
      )}
      {store.state.value === 'ready' && site}
      <CaptureSlot capture={capture} onCapture={onCapture} />
      <button
        type="button"
        class="primary"
        onClick={() => onOpen(showPlan ? next?.account.id : undefined)}
      >
        {t(shellKey('popup_open', store.settings.value.discreet))}
      </button>
      <QuickExitButton />
      {store.state.value === 'locked' && <LanguageChoice id="popup-language" />}
    </main>
  );
}
