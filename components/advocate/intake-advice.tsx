import { adviseIntake, type Intake } from '@/lib/advocate/intake';
import { t, tDynamic } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { kindLabel } from '@/lib/ui/labels';
import { usePlanStore } from '../common/store-context';

interface Props {
  readonly intake: Intake;
  /** The name of the account just added from the advice, if any. */
  readonly added: string | null;
  readonly onAdded: (name: string) => void;
}

/** What the intake answers suggest: what to do first, and accounts to add with one click. */
export function IntakeAdvice({ intake, added, onAdded }: Props) {
  const store = usePlanStore();
  const advice = adviseIntake(
    intake,
    store.accounts.value.map((a) => a.kind),
  );
  const add = async (kind: (typeof advice.kinds)[number]) => {
    const name = kindLabel(kind);
    await store.addAccount({ name, site: '', kind });
    onAdded(name);
  };

  return (
    <section aria-labelledby="intake-advice-title" aria-live="polite">
      <h2 id="intake-advice-title">{t('intake_advice_title')}</h2>
      {advice.flags.length === 0 && advice.kinds.length === 0 && <p>{t('intake_advice_none')}</p>}
      {advice.flags.map((flag) => (
        <p key={flag} class="intake-flag">
          {tDynamic(`intake_flag_${flag.replaceAll('-', '_')}`)}
          {flag === 'device-first' && (
            <>
              {' '}
              <a href={routeHash({ name: 'device' })}>{t('intake_flag_device_link')}</a>
            </>
          )}
        </p>
      ))}
      {advice.kinds.length > 0 && (
        <>
          <p>{t('intake_add_body')}</p>
          <ul class="intake-kinds">
            {advice.kinds.map((kind) => (
              <li key={kind}>
                <button type="button" onClick={() => void add(kind)}>
                  {t('intake_add_button', kindLabel(kind))}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {added && <p role="status">{t('intake_added', added)}</p>}
    </section>
  );
}
