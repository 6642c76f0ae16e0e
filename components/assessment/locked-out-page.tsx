import { providerOf } from '@/lib/assessment/provider';
import { singleEntry } from '@/lib/directory/directory';
import { t } from '@/lib/i18n';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { useDirectory } from '../directory/directory-context';

/**
 * "I'm locked out, or they took it over": document first, then the provider's own recovery
 * route (the bundled 2FA Directory's recovery guide where it has one, never a guessed link),
 * what to expect, and who can help. Starting a recovery may be noticed: said before the steps.
 *
 * Sources: Apple's wait, https://support.apple.com/en-us/118574 ("it might take several days or
 * longer"); Microsoft's 30 days, https://support.microsoft.com/help/4057241 (the owner is told
 * and can cancel).
 */
export function LockedOutPage({ account }: { readonly account: Account }) {
  const directory = useDirectory();
  const host = directory?.siteHost(account.site);
  const entry = host && directory ? singleEntry(directory.lookup(host.host)) : undefined;
  const provider = providerOf(host?.domain);
  return (
    <section aria-labelledby="locked-heading" class="locked-out">
      <p>
        <a href={routeHash({ name: 'account', id: account.id })}>{t('look_back', account.name)}</a>
      </p>
      <h1 id="locked-heading">{t('lo_title', account.name)}</h1>
      <p>{t('lo_intro')}</p>
      <p class="warning">
        <strong>{t('stepui_noticeable_title')}</strong> {t('lo_notice')}
      </p>
      <h2>{t('lo_document_title')}</h2>
      <ul>
        <li>{t('lo_document_when')}</li>
        <li>{t('lo_document_messages')}</li>
        <li>{t('lo_document_name')}</li>
      </ul>
      <h2>{t('lo_recover_title')}</h2>
      {entry?.rec ? (
        <p>
          <a href={entry.rec} target="_blank" rel="noreferrer">
            {t('lo_recover_guide', entry.n)}
          </a>
        </p>
      ) : (
        <p>{t('lo_recover_search')}</p>
      )}
      <p>{t('lo_recover_device')}</p>
      <h2>{t('lo_expect_title')}</h2>
      <ul>
        <li>{t('lo_expect_days')}</li>
        {provider === 'apple' && <li>{t('lo_expect_apple')}</li>}
        {provider === 'microsoft' && <li>{t('lo_expect_microsoft')}</li>}
      </ul>
      <h2>{t('lo_help_title')}</h2>
      <p>
        {t('lo_help_body')} <a href={routeHash({ name: 'help' })}>{t('lo_help_link')}</a>
      </p>
      <p>{t('lo_after')}</p>
    </section>
  );
}
