import { t } from '@/lib/i18n';
import { useMapModel } from '../map/map-model';
import { MapSvg } from '../map/map-svg';
import '../map/map.css';

/**
 * The map on the advocate's take-away, only when chosen (issue 35): on a landscape page of its
 * own, names only when the paper shows them (kinds otherwise), and the other person as "Someone
 * else" unless the paper says what it is for.
 */
export function TakeAwayMap({
  names,
  purpose,
}: {
  readonly names: boolean;
  readonly purpose: boolean;
}) {
  const model = useMapModel({ names, purpose });
  if (model.accounts.length === 0) return null;
  return (
    <section class="take-away-map" aria-labelledby="take-away-map-heading">
      <h2 id="take-away-map-heading">{t(purpose ? 'map_title' : 'map_title_discreet')}</h2>
      <MapSvg model={model} />
    </section>
  );
}
