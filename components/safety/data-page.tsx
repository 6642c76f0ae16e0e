import { t } from '@/lib/i18n';
import type { PageProps } from '../common/page-registry';
import { LanguageChoice } from '../common/language-choice';
import { LockSettings } from './lock-settings';
import { QuickExitSettings } from './quick-exit-settings';
import { TransferSection } from '../transfer/transfer-section';
import { WipeSection } from './wipe-section';
import { useShellText } from './use-shell-text';
import { routeHash } from '@/lib/state/route';

/** Safety and your data: lock, quick exit, take the plan with you, erase everything. */
export function DataPage({ route }: Partial<PageProps>) {
  const text = useShellText();
  const toExit = route?.name === 'data' && route.section === 'quick-exit';
  return (
    <section aria-labelledby="data-heading">
      <h1 id="data-heading">{text('data_title')}</h1>
      <p class="lead">{text('data_lead')}</p>
      <LanguageChoice id="data-language" />
      <section class="card" aria-labelledby="lock-settings-heading">
        <h2 id="lock-settings-heading">{t('lock_settings_title')}</h2>
        <LockSettings />
      </section>
      {/* "Quick exit settings" on the plan's card arrives here, not at the top of the page. */}
      <section
        class="card"
        aria-labelledby="exit-settings-heading"
        tabIndex={toExit ? -1 : undefined}
        data-arrive={toExit ? '' : undefined}
      >
        <h2 id="exit-settings-heading">{text('exit_settings_title')}</h2>
        <QuickExitSettings />
      </section>
      <section class="card" aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">{t('xfer_title')}</h2>
        <TransferSection />
      </section>
      <section class="card" aria-labelledby="evidence-link-heading">
        <h2 id="evidence-link-heading">{t('evidence_title')}</h2>
        <p>{t('evidence_link_body')}</p>
        <a href={routeHash({ name: 'evidence' })}>{t('evidence_link')}</a>
      </section>
      <section class="card" aria-labelledby="disk-heading">
        <h2 id="disk-heading">{t('data_disk_title')}</h2>
        <p>{text('data_disk_body')}</p>
      </section>
      <section class="card danger-zone" aria-labelledby="wipe-heading">
        <WipeSection />
      </section>
    </section>
  );
}
