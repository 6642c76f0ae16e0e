import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import siteStyles from '../styles/site-status.css?inline';
import { useDirectory } from './directory-context';
import { SiteStatus } from './site-status';

/** The site of the tab the popup was opened on, as the directory sees it (loaded after paint). */
export function PopupSite({
  currentUrl,
  onAddSite,
}: {
  readonly currentUrl: () => Promise<string | undefined>;
  readonly onAddSite?: (host: string) => void;
}) {
  const directory = useDirectory();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void currentUrl()
      .catch(() => undefined)
      .then((u) => setUrl(u ?? ''));
  }, [currentUrl]);
  if (!directory || url === null) return null;
  return (
    <section aria-labelledby="popup-site" class="popup-site">
      {/* Its styles come with it, so they are not part of the popup's first download. */}
      <style>{siteStyles}</style>
      <h2 id="popup-site">{t('dir_popup_title')}</h2>
      <SiteStatus
        result={directory.lookup(url)}
        asOf={directory.asOf}
        onAdd={onAddSite && ((host, entry) => onAddSite(entry?.d ?? host))}
      />
    </section>
  );
}
