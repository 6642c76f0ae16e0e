import { t } from '@/lib/i18n';
import type { ListedApp as App } from '@/lib/device/lists';
import { flagLabel, storeLabel } from './labels';

/** Ids shown inline; more go in a disclosure. */
const INLINE_IDS = 3;

interface Props {
  readonly app: App;
  /** For a package lookup: the ids that matched, shown first. */
  readonly matchedIds?: readonly string[];
}

/**
 * Its vendor's sites, as text, never as links: a vendor's site is not one to visit from this
 * device. A long list (mSpy has 46) is folded so it does not bury the result.
 */
function VendorSites({ sites }: { readonly sites: readonly string[] }) {
  if (sites.length === 0) return null;
  if (sites.length <= INLINE_IDS)
    return <p class="muted vendor-sites">{t('lookup_websites', sites.join(', '))}</p>;
  return (
    <details class="vendor-sites">
      <summary>{t('lookup_websites_count', String(sites.length))}</summary>
      <p class="muted">{t('lookup_websites', sites.join(', '))}</p>
    </details>
  );
}

/** One listed app: its names, what each list calls it, its store and ids, its vendor's sites. */
export function ListedApp({ app, matchedIds = [] }: Props) {
  const flags = [...new Set(app.entries.map((e) => e.flag))];
  const entries = [...app.entries].sort(
    (a, b) =>
      Number(matchedIds.includes(b.id.toLowerCase())) -
      Number(matchedIds.includes(a.id.toLowerCase())),
  );
  const ids = [
    ...entries.map((e) => ({ id: e.id, store: storeLabel(e.store) })),
    ...app.echapPackages.map((id) => ({ id, store: t('device_kind_android') })),
    ...app.echapBundles.map((id) => ({ id, store: t('device_kind_iphone') })),
  ];
  const idList = (list: typeof ids) => (
    <ul class="app-ids">
      {list.map((item) => (
        <li key={item.id}>
          {item.store}: <code>{item.id}</code>
        </li>
      ))}
    </ul>
  );
  return (
    <li class="listed-app">
      <p>
        <strong>{app.name}</strong>
      </p>
      <ul class="app-lists">
        {app.echap && <li>{t('lookup_list_echap', flagLabel(app.echap.type))}</li>}
        {flags.length > 0 && (
          <li>{t('lookup_list_isdi', flags.map((flag) => flagLabel(flag)).join(', '))}</li>
        )}
      </ul>
      {app.aliases.length > 0 && (
        <p class="muted">{t('lookup_also_named', app.aliases.join(', '))}</p>
      )}
      {ids.length <= INLINE_IDS ? (
        idList(ids)
      ) : (
        <details>
          <summary>{t('lookup_ids', String(ids.length))}</summary>
          {idList(ids)}
        </details>
      )}
      {app.echap && <VendorSites sites={app.echap.websites} />}
    </li>
  );
}
