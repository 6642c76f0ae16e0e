import { t } from '@/lib/i18n';

/**
 * Traces outside the profile (issue 34, item 3): the operating system and the browser remember
 * files picked or saved. Shown, folded, where a file is added to the log or saved from it.
 * Sources (the stored copies of Microsoft's and Apple's own support pages were not found, so
 * these are the nearest checked ones):
 * - Windows: the common file dialog adds every file opened or saved to Recent files / Quick
 *   access (SHAddToRecentDocs, quoted from Microsoft's Jump List article in
 *   newbetuts.com/1669420-how-does-the-windows-file-explorer-quick-access-recent-items-feature-work);
 *   File Explorer Options → General → Privacy → Clear.
 * - macOS: Recent Items (Apple menu) are kept by Launch Services
 *   (eclecticlight.co/2017/08/10/recent-items-launch-services-and-sharedfilelists/); "Clear Menu"
 *   empties it (developer.apple.com, NSDocumentController clearRecentDocuments: "the action for
 *   the Clear menu command").
 * - Ubuntu/GNOME: Settings → Privacy → File History & Trash → Clear History
 *   (ihaveapc.com/2023/06/how-to-manage-file-history-and-deleted-files-in-ubuntu-22-04).
 */
export function FileTraces() {
  return (
    <details class="file-traces">
      <summary>{t('files_traces_title')}</summary>
      <p>{t('files_traces_body')}</p>
      <ul>
        <li>{t('files_traces_windows')}</li>
        <li>{t('files_traces_mac')}</li>
        <li>{t('files_traces_linux')}</li>
        <li>{t('files_traces_browser')}</li>
      </ul>
    </details>
  );
}
