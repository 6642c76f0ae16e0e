import type { MapEdge } from '@/lib/assessment/map-graph';
import { hopText } from '@/lib/assessment/reach-text';
import type { Via } from '@/lib/assessment/reach';
import { t } from '@/lib/i18n';
import { routeHash } from '@/lib/state/route';
import { MayBeClosedLink } from '../assessment/may-be-closed-link';
import type { MapModel } from './map-model';

/** The map's links as sentences, for screen readers and for anyone who reads better than looks. */
export function MapList({ model }: { readonly model: MapModel }) {
  const { edges, unknown } = model.map;
  return (
    <>
      <h2 id="map-list-heading" tabIndex={-1}>
        {t('map_list_heading')}
      </h2>
      {edges.length === 0 ? (
        <p>{t('map_list_empty')}</p>
      ) : (
        <ul class="map-list" aria-labelledby="map-list-heading">
          {edges.map((e) => (
            <li key={`${e.from} ${e.via} ${e.to}`}>
              {hopText({ ...e, via: e.via as Via }, model.names, t)}
              {e.mayBeClosed && <MayBeClosedLink accountId={e.to.slice(2)} />}
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && <UnknownList model={model} unknown={unknown} />}
    </>
  );
}

/** Each "not known yet" link, with the way to the questions that would settle it. */
function UnknownList({
  model,
  unknown,
}: {
  readonly model: MapModel;
  readonly unknown: readonly MapEdge[];
}) {
  return (
    <>
      <h2 id="map-unknown-heading">{t('map_unknown_heading')}</h2>
      <ul class="map-unknown" aria-labelledby="map-unknown-heading">
        {unknown.map((e) => {
          const id = e.to.slice(2);
          if (e.to.startsWith('a:'))
            return (
              <li key={e.to}>
                <a href={routeHash({ name: 'look', id })}>
                  {t('map_unknown_account', model.names.account(id))}
                </a>
              </li>
            );
          const device = e.to.startsWith('d:');
          const name = device ? (model.names.device?.(id) ?? '') : model.names.line(id);
          return (
            <li key={e.to}>
              {device ? (
                <a href={routeHash({ name: 'device' })}>{t('map_unknown_other', name)}</a>
              ) : (
                t('map_unknown_other', name)
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
