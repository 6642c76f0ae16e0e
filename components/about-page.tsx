import { t } from '@/lib/i18n';

/** What Lockstep is, what it keeps, and where it keeps it. */
export function AboutPage({ version }: { readonly version: string }) {
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
        <h2>{t('about_limits_title')}</h2>
        <p>{t('about_limits_body')}</p>
      </div>
    </section>
  );
}
