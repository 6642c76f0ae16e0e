import type { CompactEntry } from '@/lib/directory/types';
import { t } from '@/lib/i18n';

/** A listed service without a second step: say so, and how to ask the service for one. */
export function NoMfaDetails({ entry }: { readonly entry: CompactEntry }) {
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
