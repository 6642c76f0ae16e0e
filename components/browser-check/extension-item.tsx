import { useState } from 'preact/hooks';
import type { ExtensionReview } from '@/lib/browser-check/extension-risks';
import { t } from '@/lib/i18n';
import { ACCESS_TEXT, FLAG_TEXT } from './labels';

interface Props {
  readonly review: ExtensionReview;
  readonly kept: boolean;
  readonly onKeep: () => void;
  /** Asks the browser to remove it (its own confirmation); resolves whether it was removed. */
  readonly onRemove: () => Promise<boolean>;
}

/** One other extension: what it can do or how it came, in plain words, never "safe". */
export function ExtensionItem({ review, kept, onKeep, onRemove }: Props) {
  const [removing, setRemoving] = useState(false);
  const [notRemoved, setNotRemoved] = useState(false);
  const headingId = `ext-${review.id}`;
  const others = review.flags.filter((flag) => flag !== 'sensitive');
  const remove = async () => {
    const removed = await onRemove();
    setNotRemoved(!removed);
    if (removed) setRemoving(false);
  };
  return (
    <li class="card extension-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{review.name}</h3>
      <p class="muted">{t(review.enabled ? 'browser_ext_on' : 'browser_ext_off')}</p>
      {review.flags.length === 0 ? (
        <p>{t('browser_ext_no_flags')}</p>
      ) : (
        <ul class="flags">
          {review.sensitive.length > 0 && (
            <li>
              {t('browser_flag_sensitive')}
              <ul>
                {review.sensitive.map((kind) => (
                  <li key={kind}>{t(ACCESS_TEXT[kind])}</li>
                ))}
              </ul>
            </li>
          )}
          {others.map((flag) => (
            <li key={flag}>
              {t(FLAG_TEXT[flag])}
              {flag === 'by-policy' && <> {t('browser_flag_by_policy_see')}</>}
            </li>
          ))}
        </ul>
      )}
      <div class="form-actions">
        {kept ? (
          <p role="status">{t('browser_kept')}</p>
        ) : (
          <button type="button" onClick={onKeep} aria-label={t('browser_keep_label', review.name)}>
            {t('browser_keep')}
          </button>
        )}
        {!removing && (
          <button
            type="button"
            onClick={() => setRemoving(true)}
            aria-label={t('browser_ext_remove_label', review.name)}
          >
            {t('browser_ext_remove')}
          </button>
        )}
      </div>
      {removing && (
        <div class="warning" role="group" aria-label={t('browser_ext_remove_label', review.name)}>
          <p>{t('browser_ext_remove_caution')}</p>
          <div class="form-actions">
            <button type="button" onClick={() => void remove()}>
              {t('browser_ext_remove_confirm')}
            </button>
            <button type="button" onClick={() => setRemoving(false)}>
              {t('browser_ext_remove_cancel')}
            </button>
          </div>
        </div>
      )}
      {notRemoved && (
        <p role="alert" class="error">
          {t('browser_ext_not_removed')}
        </p>
      )}
    </li>
  );
}
