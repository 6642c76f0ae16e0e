import { singleEntry } from '@/lib/directory/directory';
import { rankMethods } from '@/lib/directory/methods';
import { t, tDynamic } from '@/lib/i18n';
import type { StepSpec } from '@/lib/plan/playbook';
import { useDirectory, useSiteRules } from '../directory/directory-context';

interface Props {
  readonly step: StepSpec;
  /** The account's site as the person typed it. */
  readonly site: string;
}

/**
 * The bundled data applied to one step of one account: the best MFA method and the site's own
 * guide; the change-password page (the bundled URL, else the site's standard
 * /.well-known/change-password, opened only when clicked, never fetched); shared logins.
 */
export function StepSiteInfo({ step, site }: Props) {
  const directory = useDirectory();
  const rules = useSiteRules();
  const host = directory?.siteHost(site);
  if (!host || !directory) return null;
  const found = directory.lookup(host.host);
  const entry = singleEntry(found);

  if (step.role === 'mfa') {
    if (!entry) return null;
    const best = rankMethods(entry)[0];
    return (
      <div class="site-info">
        {best && (
          <p>{t('dir_mfa_best', tDynamic(`dir_method_${best.kind.replaceAll('-', '_')}`))}</p>
        )}
        {entry.doc && (
          <p>
            <a href={entry.doc} target="_blank" rel="noreferrer">
              {t('dir_guide', entry.n)}
            </a>
          </p>
        )}
      </div>
    );
  }

  if (step.role === 'change-password' && rules) {
    const candidates = [host.host, host.domain].filter((h): h is string => Boolean(h));
    const bundled = candidates.map((h) => rules.changePassword[h]).find(Boolean);
    const url = bundled ?? `https://${host.host}/.well-known/change-password`;
    const group = rules.shared.find((g) => candidates.some((h) => g.includes(h)));
    const others = group?.filter((h) => !candidates.includes(h)) ?? [];
    return (
      <div class="site-info">
        <p>
          <a href={url} target="_blank" rel="noreferrer">
            {t('dir_open_change_password', entry?.n ?? host.host)}
          </a>
        </p>
        {!bundled && <p class="muted">{t('dir_change_password_guess')}</p>}
        {others.length > 0 && <p class="warning">{t('dir_shared_login', others.join(', '))}</p>}
      </div>
    );
  }
  return null;
}
