import { t } from '@/lib/i18n';

/** Where to find an app's package name, on each kind of phone. */
export function PackageHelp() {
  return (
    // A Play Store link is https://play.google.com/store/apps/details?id=<package>; App info
    // shows the package on some phones only. https://errorhandle.ai/android-app-package-name
    <details>
      <summary>{t('lookup_package_help_title')}</summary>
      <ul>
        <li>{t('lookup_package_help_android')}</li>
        <li>{t('lookup_package_help_play')}</li>
        <li>{t('lookup_package_help_hidden')}</li>
        <li>{t('lookup_package_help_iphone')}</li>
      </ul>
    </details>
  );
}
