import { useState } from 'preact/hooks';
import { buildTakeAway, type TakeAwayAccount } from '@/lib/advocate/take-away';
import { t, tDynamic } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { formatDate } from '@/lib/ui/format';
import { kindLabel } from '@/lib/ui/labels';
import { usePlanStore } from '../common/store-context';
import { HelpLinesPrinted } from '../safety/help-lines';
import { useCloseWhenSessionEnds } from './session-channel';
import './advocate.css';

const stepTitle = (stepId: string) => tDynamic(`step_${stepId}_title`);
// Dates spelled out ("Dec 6, 2026"): a printout may be read where 12/6 means June 12.
const day = (at: number) => formatDate(at);

function label(account: TakeAwayAccount): string {
  if (account.name === null) return kindLabel(account.kind);
  const site = account.site ? ` (${account.site})` : '';
  return `${account.name}${site}: ${kindLabel(account.kind)}`;
}

/**
 * The take-away plan for printing: no app header, black on white, as few pages as it can. The
 * advocate's notes and any passphrase are never on it.
 */
export function PrintPage() {
  const store = usePlanStore();
  useCloseWhenSessionEnds(store.mode === 'session');
  const [leaveOutNames, setLeaveOutNames] = useState(false);
  const [neutral, setNeutral] = useState(false);
  const accounts = buildTakeAway(store.planData(), { leaveOutNames });
  const watch = accounts.filter((a) => a.watch.length > 0);
  const local = store.settings.value.localHelpLine;

  return (
    <div class="take-away-page">
      <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
        <p>
          <a href={routeHash({ name: 'session' })}>{t('print_back')}</a>
        </p>
        <label class="check">
          <input
            type="checkbox"
            autocomplete="off"
            checked={leaveOutNames}
            onChange={(e) => setLeaveOutNames(e.currentTarget.checked)}
          />{' '}
          {t('print_leave_out_names')}
        </label>
        <label class="check">
          <input
            type="checkbox"
            autocomplete="off"
            checked={neutral}
            onChange={(e) => setNeutral(e.currentTarget.checked)}
          />{' '}
          {t('print_neutral_title')}
        </label>
        <button type="button" onClick={() => window.print()}>
          {t('print_button')}
        </button>
      </form>
      <article class="take-away" data-testid="take-away">
        <h1>{neutral ? t('print_title_neutral') : t('print_title')}</h1>
        <p>{t('print_date', formatDate(Date.now()))}</p>
        {accounts.length === 0 && <p>{t('print_no_accounts')}</p>}
        {accounts.map((account) => (
          <section key={account.id} class="take-away-account">
            <h2>{label(account)}</h2>
            {account.done.length > 0 ? (
              <ul>
                {account.done.map((d) => (
                  <li key={d.stepId}>{t('print_done', [stepTitle(d.stepId), day(d.at)])}</li>
                ))}
              </ul>
            ) : (
              <p>{t('print_nothing_done')}</p>
            )}
            {account.next ? (
              <p>
                <strong>{t('print_next')}</strong> {stepTitle(account.next)}.{' '}
                {tDynamic(`step_${account.next}_why`)}
              </p>
            ) : (
              <p>{t('print_all_done')}</p>
            )}
          </section>
        ))}
        {watch.length > 0 && (
          <section>
            <h2>{t('print_watch_title')}</h2>
            <p>{t('print_watch_body')}</p>
            <ul>
              {watch.map((account) => (
                <li key={account.id}>
                  {label(account)}: {account.watch.map(stepTitle).join('; ')}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>{t('print_help_title')}</h2>
          <ul>
            <li>
              {t('print_help_national')}
              <ul>
                <HelpLinesPrinted />
              </ul>
            </li>
            {local && (
              <li>
                {local.name}: {local.phone}
              </li>
            )}
          </ul>
          <p>{t('print_quick_exit')}</p>
        </section>
      </article>
    </div>
  );
}
