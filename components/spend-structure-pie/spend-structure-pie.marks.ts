/**
 * The drawing of <spend-structure-pie>: slices, leader lines, outside labels and the donut's
 * centre (SVG), or the legend list that replaces outside labels on narrow widths (HTML).
 * Each mark carries `data-type="slice"` and `data-id`, which the marks controller reads.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { PieLayout } from '../../src/layout/pie.js';
import type { PieSlice } from '../../src/model/pie-slices.js';

export interface DrawInput {
  layout: PieLayout;
  slices: readonly PieSlice[];
  /** Colour class of each slice id. */
  colour: (slice: PieSlice, index: number) => string;
  focused: string | null;
  lit: string | null;
  ids: string;
  /** Shown name and figure of a slice (for the legend). */
  text: (slice: PieSlice) => { name: string; figure: string };
}

/** A colour class per slice: the palette in turn, "其他" grey, 差额 hatched, never two alike side by side at the seam. */
export function colourOf(slices: readonly PieSlice[]): (slice: PieSlice, index: number) => string {
  return (slice, index) => {
    if (slice.members) return 'other';
    if (slice.item?.gap) return 'gap';
    const colour = index % 6;
    // The last slice touches the first: when they would share a colour, take the next one.
    return index > 0 && index === slices.length - 1 && colour === 0 ? 'c1' : `c${colour}`;
  };
}

export function renderPie({ layout, slices, colour, focused, lit, ids }: DrawInput): TemplateResult {
  const byId = new Map(slices.map((slice, index) => [slice.id, { slice, index }]));
  const lineHeight = Math.round((layout.fontSize * 4) / 3);
  return svg`<defs>
      <pattern id=${`${ids}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="hatch-back" width="6" height="6"></rect><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    <g class=${lit ? 'dim' : ''}>
      ${layout.arcs.map((arc) => {
        const entry = byId.get(arc.id)!;
        const cls = colour(entry.slice, entry.index);
        return svg`<path part="slice" class=${`slice ${cls}${arc.id === lit ? ' lit' : ''}${arc.id === focused ? ' focused' : ''}`}
          d=${arc.path} data-type="slice" data-id=${arc.id} fill=${cls === 'gap' ? `url(#${ids}-hatch)` : nothing}></path>`;
      })}
    </g>
    ${layout.labels.map(
      (label) => svg`<polyline part="leader" class="leader" points=${label.leader.map(([x, y]) => `${x},${y}`).join(' ')}></polyline>
        <text part="label" class="label" data-type="slice" data-id=${label.id} text-anchor=${label.anchor} font-size=${layout.fontSize}>
          ${label.lines.map(
            (line, index) => svg`<tspan class=${index === label.lines.length - 1 ? 'figure' : 'name'} x=${label.x} y=${label.y + lineHeight * index + layout.fontSize}>${line}</tspan>`,
          )}
        </text>`,
    )}
    ${layout.centre.length
      ? svg`<text class="centre" part="centre">${layout.centre.map(
          (line, index) => svg`<tspan class=${index === 1 ? 'big' : ''} x=${layout.cx} y=${line.y} font-size=${line.size}>${line.text}</tspan>`,
        )}</text>`
      : nothing}`;
}

/** The list that names the slices when there is no room for outside labels. */
export function renderLegend({ slices, colour, focused, text }: DrawInput, label: string): TemplateResult {
  return html`<ol class="legend-list" part="legend" aria-label=${label}>
    ${slices.map((slice, index) => {
      const { name, figure } = text(slice);
      return html`<li class=${slice.id === focused ? 'focused' : ''} data-type="slice" data-id=${`legend:${slice.id}`}>
        <span class=${`swatch ${colour(slice, index)}`}></span><span class="name">${name}</span><span class="figure">${figure}</span>
      </li>`;
    })}
  </ol>`;
}
