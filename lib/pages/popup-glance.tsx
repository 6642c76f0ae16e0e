import type { ComponentChildren } from 'preact';
import { appName, t, type MessageKey } from '../i18n';
import { shellKey } from '../safety/discreet-words';

interface Props {
  readonly discreet: boolean;
  /** The plan is sealed: the popup says it is locked (and where it is open, if it is). */
  readonly sealed: boolean;
  readonly openElsewhere: boolean;
  readonly onOpen: () => void;
  readonly onQuickExit: () => void;
  /** The current tab's site check (popup-site-slot.tsx), after the first paint. */
  readonly site?: ComponentChildren;
  /** "Keep a copy of this page", once its button was clicked (lib/pages/popup-capture.tsx). */
  readonly capture?: ComponentChildren;
  readonly onCapture: () => void;
  /** While locked, the language control (popup-language.tsx), after the first paint. */
  readonly language?: ComponentChildren;
}

/**
 * The short popup, shown when it says nothing of the plan: the name, the site check (or the
 * locked note), "Open" and Quick exit. The same markup and words as PopupApp in that case, so
 * nothing changes for the person; it needs no plan store.
 */
export function GlancePopup(props: Props) {
  const { discreet, sealed, openElsewhere, onOpen, onQuickExit, site, capture, onCapture } = props;
  const { language } = props;
  const shell = (key: MessageKey) => t(shellKey(key, discreet));
  return (
    <main class="popup">
      <h1>{appName(discreet)}</h1>
      {sealed ? (
        <p>{shell(openElsewhere ? 'lock_popup_open_elsewhere' : 'lock_popup_body')}</p>
      ) : (
        site
      )}
      {capture ?? (
        <button type="button" class="secondary" onClick={onCapture}>
          {t('capture_button')}
        </button>
      )}
      <button type="button" class="primary" onClick={onOpen}>
        {shell('popup_open')}
      </button>
      <button
        type="button"
        class="quick-exit"
        onClick={onQuickExit}
        aria-describedby="quick-exit-hint"
        title={shell('quick_exit_hint')}
      >
        {shell('quick_exit')}
        <span id="quick-exit-hint" class="visually-hidden">
          {shell('quick_exit_hint')}
        </span>
      </button>
      {sealed && language}
    </main>
  );
}
