import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { DEVICE_KINDS, type DeviceKind } from '@/lib/plan/records';
import { routeHash } from '@/lib/state/route';
import { AppLookup } from './app-lookup';
import { DeviceList } from './device-list';
import { FindingsList } from './findings-list';
import { deviceLabel } from './labels';

/**
 * The device check: what Lockstep can and cannot see, a warning before anything is removed,
 * the person's devices with their steps and guided checks, the app lookup for the chosen kind of
 * device, and the findings kept on the plan.
 */
export function DevicePage() {
  const [device, setDevice] = useState<DeviceKind>('android');
  return (
    <section aria-labelledby="device-heading">
      <h1 id="device-heading">{t('device_title')}</h1>
      <p>{t('device_intro')}</p>
      <p class="warning" role="note">
        <strong>{t('device_warning_title')}</strong> {t('device_warning_body')}
      </p>
      <div class="card">
        <h2>{t('device_limits_title')}</h2>
        <ul>
          <li>{t('device_limits_see')}</li>
          <li>{t('device_limits_proof')}</li>
          <li>
            {t('device_limits_help')} <a href="https://stopstalkerware.org/">stopstalkerware.org</a>
          </li>
        </ul>
      </div>
      <DeviceList />
      <fieldset>
        <legend>{t('device_choose')}</legend>
        {DEVICE_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="radio"
              name="device-kind"
              value={kind}
              checked={device === kind}
              autocomplete="off"
              onChange={() => setDevice(kind)}
            />{' '}
            {deviceLabel(kind)}
          </label>
        ))}
      </fieldset>
      <AppLookup device={device} />
      <p>
        <a href={routeHash({ name: 'browser-check' })}>{t('device_browser_link')}</a>
      </p>
      <FindingsList />
    </section>
  );
}
