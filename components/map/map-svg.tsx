import { BOX, type Box, type LaidEdge } from '@/lib/assessment/map-layout';
import { t } from '@/lib/i18n';
import type { MapModel } from './map-model';

/** Long names are cut on the drawing; the link's name and the list keep them whole. */
const MAX_CHARS = 22;
const cut = (text: string) =>
  text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;

/** A line's path: a curve forward, or a bend out to the right for links back or down. */
function pathOf(e: LaidEdge): string {
  const reach = e.bend ? 48 : Math.max(24, (e.x2 - e.x1) / 2);
  const c2 = e.bend ? e.x2 + reach : e.x2 - reach;
  return `M${e.x1} ${e.y1}C${e.x1 + reach} ${e.y1} ${c2} ${e.y2} ${e.x2} ${e.y2}`;
}

function EdgeLine({ e, theirWay }: { readonly e: LaidEdge; readonly theirWay: string }) {
  const kind = e.dashed ? 'map-edge-unknown' : e.fromThem ? 'map-edge-them' : '';
  const word = e.dashed ? t('map_not_known') : e.fromThem ? theirWay : '';
  return (
    <g class={`map-edge ${kind}`}>
      <path d={pathOf(e)} marker-end="url(#map-arrow)" />
      {word && (
        <text x={e.bend ? e.x2 + 6 : e.x2 - 6} y={e.y2 - 4} text-anchor={e.bend ? 'start' : 'end'}>
          {word}
        </text>
      )}
    </g>
  );
}

function NodeBox({ box, model }: { readonly box: Box; readonly model: MapModel }) {
  const { node } = box;
  const label = model.label(node);
  return (
    <a href={model.href(node)} class={`map-node map-node-${node.kind}`} aria-label={label}>
      <rect
        x={box.x}
        y={box.y}
        width={BOX.w}
        height={BOX.h}
        rx={node.kind === 'account' ? 4 : 20}
      />
      <text x={box.x + 10} y={box.y + (box.cycle === undefined ? 27 : 20)}>
        {cut(label)}
      </text>
      {box.cycle !== undefined && (
        <text class="map-loop" x={box.x + 10} y={box.y + 36}>
          {t('map_loop')}
        </text>
      )}
    </a>
  );
}

/** The map, drawn: a box per node, a line per link, arrows, and words beside the lines. */
export function MapSvg({ model }: { readonly model: MapModel }) {
  const { layout } = model;
  const theirWay = t(model.discreet ? 'map_their_way_discreet' : 'map_their_way');
  return (
    <svg
      class="map-svg"
      role="group"
      aria-label={t('map_svg_label')}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
    >
      <defs>
        <marker
          id="map-arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="8"
          markerHeight="8"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" fill="currentColor" />
        </marker>
      </defs>
      {layout.edges.map((e) => (
        <EdgeLine key={`${e.edge.from} ${e.edge.via} ${e.edge.to}`} e={e} theirWay={theirWay} />
      ))}
      {layout.boxes.map((box) => (
        <NodeBox key={box.node.id} box={box} model={model} />
      ))}
    </svg>
  );
}
