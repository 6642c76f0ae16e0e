import { t } from '@/lib/i18n';
import { useDirectory } from '../directory/directory-context';

/** What Lockstep is, what it keeps, and where it keeps it. */
export function AboutPage({ version }: { readonly version: string }) {
  const directory = useDirectory();
  return (
    <section aria-labelledby="about-heading">
      <h1 id="about-heading">{t('about_title')}</h1>
      <p>{t('about_version', version)}</p>
      <div class="card">
        <h2>{t('about_privacy_title')}</h2>
        <ul>
          <li>{t('about_privacy_local')}</li>
          <li>{t('about_privacy_nothing_sent')}</li>
          <li>{t('about_privacy_no_passwords')}</li>
          <li>{t('about_privacy_wipe')}</li>
        </ul>
      </div>
      <div class="card">
        <h2>{t('about_data_title')}</h2>
        <ul>
          <li>
            {t('about_data_2fa')} <a href="https://2fa.directory/">2fa.directory</a>
          </li>
          <li>
            {t('about_data_passkeys')}{' '}
            <a href="https://passkeys.2fa.directory/">passkeys.2fa.directory</a>
          </li>
          <li>
            {t('about_data_apple')}{' '}
            <a href="https://github.com/apple/password-manager-resources">
              apple/password-manager-resources
            </a>
          </li>
          <li>{t('about_data_eff')}</li>
          <li>
            {t('about_data_isdi')} <a href="https://github.com/stopipv/isdi">stopipv/isdi</a>
          </li>
          <li>
            {t('about_data_echap')}{' '}
            <a href="https://github.com/AssoEchap/stalkerware-indicators">
              AssoEchap/stalkerware-indicators
            </a>
          </li>
        </ul>
        {directory && <p>{t('dir_as_of', directory.asOf)}</p>}
        <p>
          <a href="/THIRD-PARTY-NOTICES.txt">{t('about_data_notices')}</a>
        </p>
      </div>
      <div class="card">
        <h2>{t('about_limits_title')}</h2>
        <p>{t('about_limits_body')}</p>
      </div>
    </section>
  );
}
