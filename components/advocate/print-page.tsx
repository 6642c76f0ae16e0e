import { useState } from 'preact/hooks';
import { buildTakeAway, type TakeAwayAccount } from '@/lib/advocate/take-away';
import { t, tDynamic } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { formatDate } from '@/lib/ui/format';
import { kindLabel } from '@/lib/ui/labels';
import { usePlanStore } from '../common/store-context';
import { HelpLinesPrinted } from '../safety/help-lines';
import { PrintShell } from '../safety/print-shell';
import { useCloseWhenSessionEnds } from './session-channel';
import { TakeAwayMap } from './take-away-map';
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
 * The take-away plan for printing: no app header, black on white, as few pages as it can. Neutral
 * by default (kinds, not names; a plain title; no help lines or reasons) in case the paper is
 * found. The advocate's notes and any passphrase are never on it.
 */
export function PrintPage() {
  const store = usePlanStore();
  useCloseWhenSessionEnds(store.mode === 'session');
  const [names, setNames] = useState(false);
  const [purpose, setPurpose] = useState(false);
  const [map, setMap] = useState(false);
  const accounts = buildTakeAway(store.planData(), { leaveOutNames: !names });
  const watch = accounts.filter((a) => a.watch.length > 0);
  const local = store.settings.value.localHelpLine;

  const controls = (
    <form class="print-controls" onSubmit={(e) => e.preventDefault()}>
      <p>
        <a href={routeHash({ name: 'session' })}>{t('print_back')}</a>
      </p>
      <Choice checked={names} onChange={setNames} label={t('print_show_names')} />
      <Choice checked={purpose} onChange={setPurpose} label={t('print_say_purpose')} />
      <Choice checked={map} onChange={setMap} label={t('print_show_map')} />
      <p class="muted">{t('print_neutral_hint')}</p>
      <button type="button" onClick={() => window.print()}>
        {t('print_button')}
      </button>
    </form>
  );

  return (
    <PrintShell controls={controls}>
      <article class="take-away" data-testid="take-away">
        <h1>{purpose ? t('print_title') : t('print_title_neutral')}</h1>
        <p>{t('print_date', formatDate(Date.now()))}</p>
        {accounts.length === 0 && <p>{t('print_no_accounts')}</p>}
        {accounts.map((account) => (
          <TakeAwayAccountPart key={account.id} account={account} why={purpose} />
        ))}
        {watch.length > 0 && (
          <section>
            <h2>{t('print_watch_title')}</h2>
            {purpose && <p>{t('print_watch_body')}</p>}
            <ul>
              {watch.map((account) => (
                <li key={account.id}>
                  {label(account)}: {account.watch.map(stepTitle).join('; ')}
                </li>
              ))}
            </ul>
          </section>
        )}
        {purpose && (
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
        )}
        {/* Last: it prints on a landscape page of its own. */}
        {map && <TakeAwayMap names={names} purpose={purpose} />}
      </article>
    </PrintShell>
  );
}

function Choice(props: {
  readonly checked: boolean;
  readonly onChange: (value: boolean) => void;
  readonly label: string;
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        autocomplete="off"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/** One account on paper: what is done, and the next step (with why, when chosen). */
function TakeAwayAccountPart({ account, why }: { account: TakeAwayAccount; why: boolean }) {
  return (
    <section class="take-away-account">
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
          <strong>{t('print_next')}</strong> {stepTitle(account.next)}.
          {why && ` ${tDynamic(`step_${account.next}_why`)}`}
        </p>
      ) : (
        <p>{t('print_all_done')}</p>
      )}
    </section>
  );
}
