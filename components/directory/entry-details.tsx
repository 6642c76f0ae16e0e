import { rankMethods, supportsMfa, type RankedMethod } from '@/lib/directory/methods';
import type { CompactEntry } from '@/lib/directory/types';
import { t, tDynamic } from '@/lib/i18n';
import { NoMfaDetails } from './no-mfa-details';

const methodText = (m: RankedMethod) =>
  m.names?.length
    ? tDynamic(`dir_method_${m.kind.replaceAll('-', '_')}_named`, m.names.join(', '))
    : tDynamic(`dir_method_${m.kind.replaceAll('-', '_')}`);

/** One listed service: its methods, strongest first, in plain words, and its own guides. */
export function EntryDetails({ entry }: { readonly entry: CompactEntry }) {
  const methods = rankMethods(entry);
  if (!supportsMfa(entry)) return <NoMfaDetails entry={entry} />;
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
