import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Progress } from '@/lib/plan/progress';
import type { Decision } from '@/lib/plan/records';
import type { Account } from '@/lib/plan/types';
import { kindLabel } from '@/lib/ui/labels';
import { routeHash } from '@/lib/state/route';

interface Props {
  readonly account: Account;
  readonly progress: Progress;
  /** "Later" or "leave it": marked in words, and not counted as to do. */
  readonly decision?: Decision['choice'];
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** One account in the plan: what it is, how far along, and what can be done with it. */
const SET_ASIDE = { later: 'decision_later_badge', 'leave-it': 'decision_leave_badge' } as const;

export function AccountRow({ account, progress, decision, first, last, onMove, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const done = progress.finished === progress.total;
  return (
    <li class="account-row">
      <div class="account-main">
        <a class="account-name" href={routeHash({ name: 'account', id: account.id })}>
          {account.name}
        </a>
        <span class="muted">
          {kindLabel(account.kind)}
          {account.site && ` · ${account.site}`}
        </span>
        {decision && decision !== 'change-now' && (
          <span class="badge set-aside">{t(SET_ASIDE[decision])}</span>
        )}
        <span class={done ? 'badge done' : 'badge'}>
          {done
            ? t('account_all_finished')
            : t('account_progress', [String(progress.finished), String(progress.total)])}
        </span>
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('remove_confirm', account.name)}>
          <p>{t('remove_confirm', account.name)}</p>
          <button type="button" class="danger" onClick={onRemove}>
            {t('remove_yes')}
          </button>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus moves to the safe choice */}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('remove_no')}
          </button>
        </div>
      ) : (
        <div class="account-actions">
          <button
            type="button"
            disabled={first}
            aria-label={t('move_up_label', account.name)}
            onClick={() => onMove(-1)}
          >
            {t('move_up')}
          </button>
          <button
            type="button"
            disabled={last}
            aria-label={t('move_down_label', account.name)}
            onClick={() => onMove(1)}
          >
            {t('move_down')}
          </button>
          <a
            class="button"
            href={routeHash({ name: 'edit', id: account.id })}
            aria-label={t('edit_label', account.name)}
          >
            {t('edit')}
          </a>
          <button
            type="button"
            aria-label={t('remove_label', account.name)}
            onClick={() => setConfirming(true)}
          >
            {t('remove')}
          </button>
        </div>
      )}
    </li>
  );
}
