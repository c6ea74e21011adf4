/**
 * Drawing and walking a bar layout (src/layout/bars.ts), shared by the bar widgets: the axis,
 * each row's back bar, front bar, marker (a diamond when it sits on the baseline, so a zero
 * target is never hidden by it), last year's tick, the category label and the value text;
 * and the `MarkGraph` the marks controller walks (↑↓ between rows, Home/End, Enter selects).
 * A widget adds its own classes per row (`classes`) and its words (`words`).
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { BarsLayout, LaidOutBar } from '../../src/layout/bars.js';
import type { DwSelectDetail } from './events.js';
import type { MarkGraph, MarkText } from './marks-controller.js';

export interface BarMark {
  type: 'bar';
  id: string;
}

export interface BarDrawing {
  layout: BarsLayout;
  /** Extra classes of a row (status, kind). */
  classes?: (row: LaidOutBar) => string;
  focused?: string | null;
  active?: string | null;
  /** Prefix for ids inside the shadow root. */
  ids: string;
}

const lines = (row: LaidOutBar, lineHeight: number) => [
  ...row.label.lines.map((line, index) => svg`<tspan x=${row.label.x} y=${row.label.y + index * lineHeight}>${line}</tspan>`),
  ...(row.sub ?? []).map(
    (line, index) => svg`<tspan class="muted" x=${row.label.x} y=${row.label.y + (row.label.lines.length + index) * lineHeight}>${line}</tspan>`,
  ),
];

/** The axis: tick lines across the rows and the tick values on top, or only the zero line. */
export function renderAxis(layout: BarsLayout): SVGTemplateResult {
  const zero = layout.scale.x(0);
  return svg`<g class="axis" part="axis">
    ${layout.axis.ticks.map(
      (tick) => svg`<line class="grid" x1=${tick.x} x2=${tick.x} y1=${layout.axis.height - 2} y2=${layout.height}></line>
        <text class="tick" x=${tick.x} y=${layout.fontSize} text-anchor=${tick.anchor}>${tick.text}</text>`,
    )}
    <line class="baseline" x1=${zero} x2=${zero} y1=${layout.axis.height - 2} y2=${layout.height}></line>
  </g>`;
}

export function renderBarRows(drawing: BarDrawing): SVGTemplateResult {
  const { layout } = drawing;
  const lineHeight = Math.round(layout.fontSize * 1.35);
  return svg`${layout.rows.map((row) => {
    const classes = `row kind-${row.kind} ${drawing.classes?.(row) ?? ''}${drawing.focused === row.id ? ' focused' : ''}${drawing.active === row.id ? ' active' : ''}`;
    if (row.kind === 'group') {
      return svg`<g class=${classes}><text class="label group-label" part="label">${lines(row, lineHeight)}</text>
        ${row.text.value ? svg`<text class="value" part="value" x=${row.text.x} y=${row.text.y} text-anchor=${row.text.anchor}>${row.text.value}</text>` : nothing}</g>`;
    }
    const m = row.marker;
    const size = 5;
    return svg`<g class=${classes} data-type="bar" data-id=${row.id}>
      <rect class="hit" x="0" y=${row.y} width=${layout.width} height=${row.height}></rect>
      ${drawing.focused === row.id ? svg`<rect class="focus-ring" x="1" y=${row.y + 1} width=${layout.width - 2} height=${row.height - 2} rx="3"></rect>` : nothing}
      <text class="label" part="label">${lines(row, lineHeight)}</text>
      ${row.back ? svg`<rect class="back" part="bar back" x=${row.back.x} y=${row.back.y} width=${Math.max(row.back.width, 0)} height=${row.back.height}></rect>` : nothing}
      ${row.front ? svg`<rect class="front" part="bar front" x=${row.front.x} y=${row.front.y} width=${Math.max(row.front.width, 0)} height=${row.front.height}></rect>` : nothing}
      ${row.tick ? svg`<line class="tick-mark" part="previous" x1=${row.tick.x} x2=${row.tick.x} y1=${row.tick.y1} y2=${row.tick.y2}></line>` : nothing}
      ${m
        ? m.zero
          ? svg`<path class="marker zero" part="marker" d=${`M${m.x} ${(m.y1 + m.y2) / 2 - size}l${size} ${size}l${-size} ${size}l${-size} ${-size}z`}></path>`
          : svg`<line class="marker" part="marker" x1=${m.x} x2=${m.x} y1=${m.y1} y2=${m.y2}></line>`
        : nothing}
      <text class=${`value${row.text.inside ? ' inside' : ''}`} part="value" x=${row.text.x} y=${row.text.y} text-anchor=${row.text.anchor}
        >${row.text.lines.length > 1
          ? row.text.lines.map((line, index) => svg`<tspan x=${row.text.x} y=${row.text.y + index * lineHeight}>${line}</tspan>`)
          : row.text.value}</text
      >
    </g>`;
  })}`;
}

/**
 * The bar rows as the marks controller walks them: ↑↓ (and ←→) to the previous or next row,
 * Home/End to the first or last. `words` gives each row's tooltip, announcement and event.
 */
export function barMarks(
  layout: BarsLayout,
  words: {
    describe(id: string): MarkText | null;
    announce(id: string): string;
    detail(id: string): DwSelectDetail | undefined;
  },
): MarkGraph<BarMark> {
  const ids = layout.rows.filter((row) => row.kind === 'bar').map((row) => row.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const mark = (id: string | undefined): BarMark | null => (id ? { type: 'bar', id } : null);
  return {
    first: () => mark(ids[0]),
    find: (type, id) => (type === 'bar' && index.has(id) ? { type: 'bar', id } : null),
    move: (current, direction) => {
      const at = index.get(current.id) ?? 0;
      const to =
        direction === 'home' ? 0 : direction === 'end' ? ids.length - 1 : direction === 'up' || direction === 'left' ? at - 1 : at + 1;
      return mark(ids[Math.max(0, Math.min(ids.length - 1, to))]) ?? current;
    },
    describe: (current) => words.describe(current.id),
    announce: (current) => words.announce(current.id),
    select: (current) => ({ detail: words.detail(current.id) }),
  };
}
