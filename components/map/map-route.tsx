import { cycleText } from '@/lib/assessment/reach-text';
import { t } from '@/lib/i18n';
import type { Account } from '@/lib/plan/types';
import { routeHash } from '@/lib/state/route';
import { MapList } from './map-list';
import { useMapModel } from './map-model';
import { MapSvg } from './map-svg';
import { useAfterPaint } from './use-after-paint';
import '../safety/print-shell.css';
import './map.css';

/** `#/map`: who can get in, drawn, with the same links as a list (issue 35). */
export function MapRoute() {
  const model = useMapModel();
  // The words first; the drawing just after they are on screen (the list says the same).
  const drawn = useAfterPaint();
  const title = t(model.discreet ? 'map_title_discreet' : 'map_title');
  if (model.accounts.length === 0)
    return (
      <section class="empty" aria-labelledby="map-heading">
        <h1 id="map-heading">{title}</h1>
        <p>{t('map_empty')}</p>
        <a class="button primary" href={routeHash({ name: 'add' })}>
          {t('plan_add_first')}
        </a>
      </section>
    );
  const byNode = new Map(model.accounts.map((a) => [`a:${a.id}`, a]));
  const loops = model.layout.cycles
    .map((loop) => loop.map((id) => byNode.get(id)).filter((a): a is Account => !!a))
    .filter((loop) => loop.length > 1);
  return (
    <section class="map-page" aria-labelledby="map-heading">
      <h1 id="map-heading">{title}</h1>
      <p>{t('map_intro')}</p>
      <ul class="map-key">
        <li>{t('map_key_them')}</li>
        <li>{t('map_key_unknown')}</li>
        <li>{t('map_key_loop')}</li>
      </ul>
      {loops.map((loop) => (
        <p key={loop[0]?.id}>{cycleText(loop, t)}</p>
      ))}
      <p class="muted map-screen">{t('map_scroll_hint')}</p>
      <div class="map-scroll">
        {drawn ? (
          <MapSvg model={model} />
        ) : (
          <div style={{ width: model.layout.width, height: model.layout.height }} />
        )}
      </div>
      <p class="map-screen">
        <button type="button" onClick={() => window.print()}>
          {t('map_print')}
        </button>
      </p>
      <div class="map-screen">
        <MapList model={model} />
      </div>
    </section>
  );
}
