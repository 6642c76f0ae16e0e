import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';

/** An address outside Lockstep, opened in a new tab only when the person follows it. */
function Outside({ href, label }: { readonly href: string; readonly label: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {label}
    </a>
  );
}

/**
 * "They post as me, or share or threaten to share pictures of me" (issue 32): document first,
 * never keep a picture of anyone under 18, report to the site, hash-based removal, legal help.
 * Reporting may be noticed: said before the steps.
 *
 * Sources: keep the post's address, the account and the date and time
 * (https://legalclarity.org/what-to-do-when-someone-impersonates-you-on-facebook); Facebook's
 * "Find Support or Report Profile" > "Pretending to be me", ID may be asked
 * (https://uncoversocial.com/can-you-report-someone-impersonating-me-on-facebook); Take It Down
 * is for pictures taken under 18, used on the device that has them, and says never to download
 * or share them, which may be child sexual abuse material (https://takeitdown.ncmec.org/faq/);
 * StopNCII.org is for adults 18 and older, and only a hash leaves the device
 * (https://myteensworld.com/stories/stopncii-image-removal/); WomensLaw.org gives state-by-state
 * legal information and an Email Hotline (https://nnedv.org/latest_update/celebrating-20-years-impact-womenslaw-org-email-hotline/);
 * CCRI's Image Abuse Helpline is open 24/7 (https://ovc.ojp.gov/funding/awards/15povc-23-gk-01579-nonf).
 */
export function ImpersonationPage() {
  return (
    <section aria-labelledby="imp-heading" class="locked-out">
      <p>
        <a href={routeHash({ name: 'plan' })}>{t('back_to_plan')}</a>
      </p>
      <h1 id="imp-heading">{t('imp_title')}</h1>
      <p>{t('imp_intro')}</p>
      <p class="warning">
        <strong>{t('stepui_noticeable_title')}</strong> {t('imp_notice')}
      </p>
      <h2>{t('imp_document_title')}</h2>
      <ul>
        <li>{t('imp_document_address')}</li>
        <li>{t('imp_document_account')}</li>
        <li>{t('imp_document_date')}</li>
      </ul>
      <p class="warning">
        <strong>{t('imp_under18')}</strong>
      </p>
      <h2>{t('imp_report_title')}</h2>
      <p>{t('imp_report_body')}</p>
      <h2>{t('imp_images_title')}</h2>
      <p>
        {t('imp_stopncii')} <Outside href="https://stopncii.org/" label="StopNCII.org" />
      </p>
      <p>
        {t('imp_takeitdown')} <Outside href="https://takeitdown.ncmec.org/" label="Take It Down" />
      </p>
      <h2>{t('imp_help_title')}</h2>
      <p>
        {t('imp_help_womenslaw')}{' '}
        <Outside href="https://www.womenslaw.org/" label="WomensLaw.org" />
      </p>
      <p>{t('imp_help_ccri')}</p>
      <p>
        {t('lo_help_body')} <a href={routeHash({ name: 'help' })}>{t('lo_help_link')}</a>
      </p>
    </section>
  );
}
