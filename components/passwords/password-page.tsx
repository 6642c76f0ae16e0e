import { t } from '@/lib/i18n';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { useDirectory, useSiteRules } from '../directory/directory-context';
import { PasswordChecker } from './password-checker';
import { PasswordGenerator } from './password-generator';
import { useShellText } from '../safety/use-shell-text';

/** The change-password step's tools: a checker and generators; nothing typed here is kept. */
export function PasswordPage({ account }: { readonly account?: Account }) {
  const text = useShellText();
  const directory = useDirectory();
  const rules = useSiteRules();
  const host = account?.site ? directory?.siteHost(account.site) : null;
  const siteRules = host
    ? (rules?.passwordRules[host.host] ??
      (host.domain ? rules?.passwordRules[host.domain] : undefined))
    : undefined;
  const accountWords = account ? [account.name, account.site].filter(Boolean) : [];
  return (
    <section aria-labelledby="password-heading">
      {account && (
        <p>
          <a href={routeHash({ name: 'account', id: account.id })}>{t('pw_back', account.name)}</a>
        </p>
      )}
      <h1 id="password-heading">{account ? t('pw_title_for', account.name) : t('pw_title')}</h1>
      <p class="lead">{text('pw_lead')}</p>
      <PasswordChecker accountWords={accountWords} />
      <PasswordGenerator key={siteRules ?? ''} rules={siteRules} />
    </section>
  );
}
