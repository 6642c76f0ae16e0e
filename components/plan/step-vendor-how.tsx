import { t, tDynamic } from '@/lib/i18n';
import { vendorOfSite } from '@/lib/plan/account-steps';
import type { StepSpec, Vendor } from '@/lib/plan/step-spec';
import { vendorHowFor } from '@/lib/plan/vendor-how';

const NAMES: Readonly<
  Record<Vendor, 'vendor_name_apple' | 'vendor_name_google' | 'vendor_name_microsoft'>
> = {
  apple: 'vendor_name_apple',
  google: 'vendor_name_google',
  microsoft: 'vendor_name_microsoft',
};

/**
 * A step's words for one vendor: only the account's own (its site names Apple, Google or
 * Microsoft), or each vendor's folded under its name when the site names none.
 */
export function StepVendorHow({ step, site }: { readonly step: StepSpec; readonly site: string }) {
  const vendor = vendorOfSite(site);
  const parts = vendorHowFor(step, vendor);
  if (vendor)
    return (
      <>
        {parts.map((p) => (
          <p key={p.key} class="step-how">
            {tDynamic(p.key)}
          </p>
        ))}
      </>
    );
  return (
    <>
      {parts.map((p) => (
        <details key={p.key} class="step-vendor">
          <summary>{t(NAMES[p.vendor])}</summary>
          <p class="step-how">{tDynamic(p.key)}</p>
        </details>
      ))}
    </>
  );
}
