import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { LocalHelpLine } from '@/lib/plan/types';
import { HelpLines } from './help-lines';

interface Props {
  readonly localHelpLine: LocalHelpLine | null;
  readonly onSaveLocal: (line: LocalHelpLine | null) => void;
}

const STOPSTALKERWARE = 'https://stopstalkerware.org/';

/** People who help: always one click away from every Lockstep page. */
export function HelpPage({ localHelpLine, onSaveLocal }: Props) {
  const [name, setName] = useState(localHelpLine?.name ?? '');
  const [phone, setPhone] = useState(localHelpLine?.phone ?? '');
  const [saved, setSaved] = useState('');

  const save = (event: Event) => {
    event.preventDefault();
    const line = name.trim() || phone.trim() ? { name: name.trim(), phone: phone.trim() } : null;
    onSaveLocal(line);
    setSaved(line ? t('help_local_saved') : t('help_local_cleared'));
  };

  return (
    <section aria-labelledby="help-heading">
      <h1 id="help-heading">{t('help_title')}</h1>
      <p class="lead">{t('help_lead')}</p>
      <div class="card">
        <h2>{t('help_hotline_title')}</h2>
        <p>{t('help_hotline_body')}</p>
        <HelpLines />
        <p class="muted">{t('help_hotline_more')}</p>
      </div>
      <div class="card">
        <h2>{t('help_devices_title')}</h2>
        <p>{t('help_devices_body')}</p>
        <p>
          <a href={STOPSTALKERWARE} target="_blank" rel="noreferrer noopener">
            {t('help_devices_link')}
          </a>
        </p>
      </div>
      <div class="card">
        <h2>{t('help_local_title')}</h2>
        {localHelpLine && (
          <p class="big">
            {localHelpLine.name}{' '}
            {localHelpLine.phone && (
              <a href={`tel:${localHelpLine.phone.replace(/[^\d+]/g, '')}`}>
                {localHelpLine.phone}
              </a>
            )}
          </p>
        )}
        <form onSubmit={save} class="inline-form">
          <div class="field">
            <label for="local-name">{t('help_local_name')}</label>
            <input
              id="local-name"
              value={name}
              maxLength={120}
              autoComplete="off"
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="local-phone">{t('help_local_phone')}</label>
            <input
              id="local-phone"
              type="tel"
              value={phone}
              maxLength={40}
              autoComplete="off"
              onInput={(e) => setPhone(e.currentTarget.value)}
            />
          </div>
          <button type="submit">{t('help_local_save')}</button>
          <p role="status" class="muted">
            {saved}
          </p>
        </form>
      </div>
      <div class="card">
        <h2>{t('help_safety_title')}</h2>
        <p>{t('help_safety_body')}</p>
      </div>
    </section>
  );
}
