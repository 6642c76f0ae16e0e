import { useState } from 'preact/hooks';
import type { Lookup } from '@/lib/directory/directory';
import { rankMethods, supportsMfa, type RankedMethod } from '@/lib/directory/methods';
import type { CompactEntry } from '@/lib/directory/types';
import { t, tDynamic } from '@/lib/i18n';
import { useShellText } from '../safety/use-shell-text';

interface Props {
  readonly result: Lookup;
  readonly asOf: string;
  /** "Add to my plan", with the entry when the site is listed. */
  readonly onAdd?: (host: string, entry?: CompactEntry) => void;
}

/** What the bundled directory says about one site: supports MFA, listed without, or unknown. */
export function SiteStatus({ result, asOf, onAdd }: Props) {
  const text = useShellText();
  const [chosen, setChosen] = useState<CompactEntry | null>(null);
  const footer = <p class="muted as-of">{t('dir_as_of', asOf)}</p>;

  if (result.state === 'not-a-site')
    return (
      <div class="site-status" role="status">
        <p>
          <strong>{text('dir_not_a_site')}</strong> {t('dir_not_a_site_body')}
        </p>
      </div>
    );

  if (result.state === 'unknown')
    return (
      <div class="site-status" role="status">
        <p>
          <strong>{t('dir_unknown', result.host)}</strong> {t('dir_unknown_body')}
        </p>
        {onAdd && (
          <button type="button" class="primary" onClick={() => onAdd(result.host)}>
            {t('dir_add')}
          </button>
        )}
        {footer}
      </div>
    );

  const choose = result.entries.length > 1 || result.under !== undefined;
  const entry = choose ? chosen : result.entries[0];
  return (
    <div class="site-status" role="status">
      {choose && (
        <div>
          <p>
            {result.under
              ? t('dir_under', [result.host, result.under])
              : t('dir_several', result.host)}
          </p>
          <ul class="choices">
            {result.entries.map((e) => (
              <li key={e.d}>
                <button type="button" aria-pressed={chosen === e} onClick={() => setChosen(e)}>
                  {e.n}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry && <EntryDetails entry={entry} />}
      {entry && onAdd && (
        <button type="button" class="primary" onClick={() => onAdd(result.host, entry)}>
          {t('dir_add')}
        </button>
      )}
      {footer}
    </div>
  );
}

const methodText = (m: RankedMethod) =>
  m.names?.length
    ? tDynamic(`dir_method_${m.kind.replaceAll('-', '_')}_named`, m.names.join(', '))
    : tDynamic(`dir_method_${m.kind.replaceAll('-', '_')}`);

/** One listed service: its methods, strongest first, in plain words, and its own guides. */
export function EntryDetails({ entry }: { readonly entry: CompactEntry }) {
  const methods = rankMethods(entry);
  if (!supportsMfa(entry)) {
    const ct = entry.ct ?? {};
    return (
      <div>
        <h3>{entry.n}</h3>
        <p>
          <strong>{t('dir_no_mfa')}</strong> {t('dir_no_mfa_body')}
        </p>
        <ul>
          {ct.form && (
            <li>
              <a href={ct.form} target="_blank" rel="noreferrer">
                {t('dir_contact_form')}
              </a>
            </li>
          )}
          {ct.email && (
            <li>
              <a href={`mailto:${ct.email}`}>{t('dir_contact_email', ct.email)}</a>
            </li>
          )}
          {ct.twitter && <li>{t('dir_contact_twitter', `@${ct.twitter}`)}</li>}
          {ct.facebook && <li>{t('dir_contact_facebook', ct.facebook)}</li>}
        </ul>
      </div>
    );
  }
  const weak = methods.some((m) => m.weak);
  return (
    <div>
      <h3>{entry.n}</h3>
      <p>
        <strong>{t('dir_supports')}</strong> {t('dir_methods_intro')}
      </p>
      <ol class="methods">
        {methods.map((m) => (
          <li key={m.kind} class={m.weak ? 'weak' : ''}>
            {methodText(m)}
          </li>
        ))}
      </ol>
      {weak && <p class="warning">{t('dir_weak_codes')}</p>}
      <p class="muted">{t('dir_trusted_devices')}</p>
      {entry.pk && (
        <p>
          {entry.pk.login ? t('dir_passkey_login') : t('dir_passkey_mfa')}
          {entry.pk.doc && (
            <>
              {' '}
              <a href={entry.pk.doc} target="_blank" rel="noreferrer">
                {t('dir_passkey_guide')}
              </a>
            </>
          )}
        </p>
      )}
      {entry.notes && (
        <p>
          <strong>{t('dir_notes')}</strong> <span lang="en">{entry.notes}</span>
        </p>
      )}
      <ul class="links">
        {entry.doc && (
          <li>
            <a href={entry.doc} target="_blank" rel="noreferrer">
              {t('dir_guide', entry.n)}
            </a>
          </li>
        )}
        {entry.rec && (
          <li>
            <a href={entry.rec} target="_blank" rel="noreferrer">
              {t('dir_recovery', entry.n)}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
