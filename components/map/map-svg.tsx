import { BOX, LANE, type Box, type LaidEdge } from '@/lib/assessment/map-layout';
import { t } from '@/lib/i18n';
import type { MapModel } from './map-model';

/** Long names are cut on the drawing; the link's name and the list keep them whole. */
const MAX_CHARS = 22;
const cut = (text: string) =>
  text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;

/**
 * A line's path: a curve forward to the next column; a link that skips columns rises into the
 * lane above the boxes and comes down in the gap before its end (it never crosses a box); a link
 * back or within a column bends out to the right.
 */
function pathOf(e: LaidEdge): string {
  if (e.bend) return `M${e.x1} ${e.y1}C${e.x1 + 48} ${e.y1} ${e.x2 + 48} ${e.y2} ${e.x2} ${e.y2}`;
  if (!e.long) {
    const mid = (e.x2 - e.x1) / 2;
    return `M${e.x1} ${e.y1}C${e.x1 + mid} ${e.y1} ${e.x2 - mid} ${e.y2} ${e.x2} ${e.y2}`;
  }
  const lane = LANE / 2 + (e.dashed ? 6 : 0);
  return (
    `M${e.x1} ${e.y1}C${e.x1 + 40} ${e.y1} ${e.x1 + 40} ${lane} ${e.x1 + 80} ${lane}` +
    `L${e.x2 - 80} ${lane}C${e.x2 - 40} ${lane} ${e.x2 - 40} ${e.y2} ${e.x2} ${e.y2}`
  );
}

function EdgeLine({ e, theirWay }: { readonly e: LaidEdge; readonly theirWay: string }) {
  const closing = e.edge.mayBeClosed ? 'map-edge-closing' : '';
  const kind = e.dashed ? 'map-edge-unknown' : e.fromThem ? 'map-edge-them' : '';
  const word = e.dashed
    ? t('map_not_known')
    : e.edge.mayBeClosed
      ? t('map_may_be_closed')
      : e.fromThem
        ? theirWay
        : '';
  return (
    <g class={`map-edge ${kind} ${closing}`}>
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
  const shown = cut(label);
  const loop = box.cycle !== undefined;
  // The link's name is what it shows; a name cut short on the drawing is named whole.
  const name = shown === label ? undefined : loop ? `${label} ${t('map_loop')}` : label;
  return (
    <a href={model.href(node)} class={`map-node map-node-${node.kind}`} aria-label={name}>
      <rect
        x={box.x}
        y={box.y}
        width={BOX.w}
        height={BOX.h}
        rx={node.kind === 'account' ? 4 : 20}
      />
      <text x={box.x + 10} y={box.y + (loop ? 19 : 27)}>
        {shown}
        {loop && (
          <tspan class="map-loop" x={box.x + 10} dy="16">
            {` ${t('map_loop')}`}
          </tspan>
        )}
      </text>
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
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
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
