import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { CheckUpOutcome } from '@/lib/plan/records';

/**
 * One item to check again: what it is, how to check it (one click away), then the three
 * answers, named by it for screen readers.
 */
export function DueRow({
  id,
  label,
  how,
  onAnswer,
}: {
  id: string;
  label: string;
  how: string;
  onAnswer: (outcome: CheckUpOutcome, found?: string) => void;
}) {
  const [fixing, setFixing] = useState(false);
  const [found, setFound] = useState('');
  return (
    <li class="checkup-item">
      <p id={id}>
        <span class="badge checkup-badge">{t('checkup_check_again')}</span> {label}
      </p>
      <details class="checkup-how">
        <summary>{t('checkup_how_summary')}</summary>
        <p>{how}</p>
      </details>
      <div class="form-actions" role="group" aria-labelledby={id}>
        <button type="button" class="button" onClick={() => onAnswer('confirmed')}>
          {t('checkup_confirm')}
        </button>
        <button type="button" class="button" onClick={() => setFixing(true)}>
          {t('checkup_fixed')}
        </button>
        <button type="button" class="button" onClick={() => onAnswer('skipped')}>
          {t('checkup_skip')}
        </button>
      </div>
      {fixing && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            onAnswer('fixed', found.trim().slice(0, 500));
          }}
        >
          <label for={`${id}-found`}>{t('checkup_found_label')}</label>
          <input
            id={`${id}-found`}
            type="text"
            autocomplete="off"
            maxLength={500}
            value={found}
            onInput={(e) => setFound((e.target as HTMLInputElement).value)}
          />
          <div class="form-actions">
            <button type="submit" class="button primary">
              {t('checkup_found_save')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
