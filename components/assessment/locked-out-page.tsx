import { singleEntry } from '@/lib/directory/directory';
import { t, tDynamic } from '@/lib/i18n';
import { routeFor } from '@/lib/locked-out/provider-routes';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { useDirectory } from '../directory/directory-context';

/**
 * "I'm locked out, or they took it over": document first, then the provider's own recovery
 * route (the bundled 2FA Directory's recovery guide where it has one, never a guessed link),
 * what to expect, and who can help. Starting a recovery may be noticed: said before the steps.
 *
 * Only the account's own provider's route shows (lib/locked-out/provider-routes.ts, where each
 * fact's source is named): a Gmail account reads nothing about Apple or Microsoft.
 */
export function LockedOutPage({ account }: { readonly account: Account }) {
  const directory = useDirectory();
  const host = directory?.siteHost(account.site);
  const entry = host && directory ? singleEntry(directory.lookup(host.host)) : undefined;
  const route = routeFor(host?.domain, account.kind);
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
      ) : route?.vendorUrl ? (
        <p>
          <a href={route.vendorUrl} target="_blank" rel="noreferrer">
            {t('lo_route_vendor_link', route.brand)}
          </a>
        </p>
      ) : (
        <p>{t('lo_recover_search')}</p>
      )}
      <p>{tDynamic(route?.deviceKey ?? 'lo_recover_device')}</p>
      <h2>{t('lo_expect_title')}</h2>
      <ul>
        <li>{t('lo_expect_days')}</li>
        {route?.expectKeys.map((key) => (
          <li key={key}>{tDynamic(key)}</li>
        ))}
      </ul>
      <h2>{t('lo_help_title')}</h2>
      <p>
        {t('lo_help_body')} <a href={routeHash({ name: 'help' })}>{t('lo_help_link')}</a>
      </p>
      <p>{t('lo_after')}</p>
    </section>
  );
}
