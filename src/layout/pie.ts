/**
 * Pie and donut geometry, no DOM: slice paths clockwise from 12 o'clock in the given order,
 * outside labels in two columns with leader lines (radial stub, elbow, to the column — the
 * Highcharts `crookedLine`), packed per side without overlap (pie-distribute.ts), and the
 * total in the donut's hole. Text widths are estimated (text-width.ts), so the same input
 * gives the same geometry everywhere.
 */
import { textWidth, wrapText } from './text-width.js';
import { distribute } from './pie-distribute.js';

export interface SliceInput {
  id: string;
  value: number;
  /** The name as shown (qualified where two share it). */
  name: string;
  /** Share and amount, e.g. "83.5% · 5,381.03". */
  figure: string;
}

export interface PieLayoutOptions {
  width: number;
  variant: 'pie' | 'donut';
  /** Label font size, px (never below 12). */
  fontSize?: number;
  /** Lines in the donut's hole (e.g. 合计, 6,443.60, 万元); the middle one is drawn larger. */
  centre?: string[];
}

export interface SliceArc {
  id: string;
  /** Radians clockwise from 12 o'clock. */
  start: number;
  end: number;
  path: string;
}

export interface PieLabel {
  id: string;
  lines: string[];
  /** Text x (start of the text on the right side, its end on the left). */
  x: number;
  /** Top of the box. */
  y: number;
  width: number;
  height: number;
  anchor: 'start' | 'end';
  /** The leader's points: on the ring, the elbow, beside the text. */
  leader: [number, number][];
  /** The y the label wanted (its slice's mid-angle), for tests. */
  target: number;
}

export interface CentreLine {
  text: string;
  size: number;
  /** Baseline y. */
  y: number;
}

export interface PieLayout {
  /** `labels`: outside labels; `legend`: the ring alone, a list under it names the slices. */
  mode: 'labels' | 'legend';
  width: number;
  height: number;
  cx: number;
  cy: number;
  r: number;
  inner: number;
  arcs: SliceArc[];
  labels: PieLabel[];
  centre: CentreLine[];
  fontSize: number;
}

/** Px between the ring and the elbow, and between the ring and the label column. */
const STUB = 10;
const COLUMN = 24;
const GAP = 4;
const MIN_R = 80;
const MAX_R = 150;
/** Room above and below the ring for the labels of the top and bottom slices. */
const PAD = 44;

const TAU = Math.PI * 2;
const round = (value: number) => Math.round(value * 100) / 100;

function point(cx: number, cy: number, radius: number, angle: number): [number, number] {
  return [round(cx + radius * Math.sin(angle)), round(cy - radius * Math.cos(angle))];
}

/** The path of a ring sector (a pie sector when `inner` is 0). */
export function arcPath(cx: number, cy: number, outer: number, inner: number, start: number, end: number): string {
  if (end - start >= TAU - 1e-9) {
    // A full circle cannot be one arc: two halves (and the hole, drawn the other way round).
    const ring = (radius: number, sweep: 0 | 1) => {
      const [x0, y0] = point(cx, cy, radius, 0);
      const [x1, y1] = point(cx, cy, radius, Math.PI);
      return `M${x0},${y0}A${radius},${radius} 0 1 ${sweep} ${x1},${y1}A${radius},${radius} 0 1 ${sweep} ${x0},${y0}Z`;
    };
    return inner > 0 ? `${ring(outer, 1)}${ring(inner, 0)}` : ring(outer, 1);
  }
  const large = end - start > Math.PI ? 1 : 0;
  const [ox0, oy0] = point(cx, cy, outer, start);
  const [ox1, oy1] = point(cx, cy, outer, end);
  if (inner <= 0) return `M${round(cx)},${round(cy)}L${ox0},${oy0}A${outer},${outer} 0 ${large} 1 ${ox1},${oy1}Z`;
  const [ix1, iy1] = point(cx, cy, inner, end);
  const [ix0, iy0] = point(cx, cy, inner, start);
  return `M${ox0},${oy0}A${outer},${outer} 0 ${large} 1 ${ox1},${oy1}L${ix1},${iy1}A${inner},${inner} 0 ${large} 0 ${ix0},${iy0}Z`;
}

function arcs(slices: readonly SliceInput[], cx: number, cy: number, r: number, inner: number): SliceArc[] {
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  let angle = 0;
  return slices.map((slice, index) => {
    const start = angle;
    // The last slice closes the circle exactly, whatever the float sum says.
    const end = index === slices.length - 1 ? TAU : angle + (slice.value / total) * TAU;
    angle = end;
    return { id: slice.id, start, end, path: arcPath(cx, cy, r, inner, start, end) };
  });
}

/** The total in the hole: the middle line at 18 px when it fits, else 12 px, else nothing. */
function centreLines(lines: readonly string[] | undefined, cy: number, inner: number, fontSize: number): CentreLine[] {
  if (!lines?.length || inner <= 0) return [];
  const room = inner * 2 * 0.85;
  for (const big of [Math.max(18, fontSize + 4), fontSize]) {
    const sizes: number[] = lines.map((_, index) => (index === 1 ? big : fontSize));
    const height = sizes.reduce((sum: number, size: number) => sum + size * 1.25, 0);
    const fits = lines.every((line, index) => textWidth(line, sizes[index]!) <= room) && height <= room;
    if (!fits) continue;
    let y = cy - height / 2;
    return lines.map((text, index) => {
      y += sizes[index]! * 1.25;
      return { text, size: sizes[index]!, y: round(y - sizes[index]! * 0.3) };
    });
  }
  return [];
}

const innerOf = (variant: PieLayoutOptions['variant'], r: number) => (variant === 'donut' ? round(r * 0.6) : 0);

/** The smallest distance from (cx, cy) to the segment a–b. */
function distanceToSegment(cx: number, cy: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((cx - ax) * dx + (cy - ay) * dy) / length)) : 0;
  return Math.hypot(ax + t * dx - cx, ay + t * dy - cy);
}

/**
 * The pie with outside labels, or null when they cannot all be placed: a side's boxes do not
 * fit its height, a label would sit more than a fifth of the height from its slice, or a
 * leader would cross the ring. The caller then merges one more slice (pie-fit.ts).
 */
export function layoutPie(slices: readonly SliceInput[], options: PieLayoutOptions): PieLayout | null {
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const line = Math.round(fontSize * 4 / 3);
  const { width } = options;
  const columnWidth = Math.min(width * 0.28, 240);
  const r = Math.min(MAX_R, Math.floor((width - 2 * (columnWidth + COLUMN + GAP)) / 2));
  if (r < MIN_R || !slices.length) return null;
  const height = 2 * r + 2 * PAD;
  const cx = round(width / 2);
  const cy = round(height / 2);
  const inner = innerOf(options.variant, r);
  const drawn = arcs(slices, cx, cy, r, inner);
  const labels = slices.map((slice, index) => {
    const arc = drawn[index]!;
    const mid = (arc.start + arc.end) / 2;
    const name = wrapText(slice.name, columnWidth, fontSize, 2);
    const lines = [...name.lines, slice.figure];
    const right = Math.sin(mid) >= -1e-9 && mid <= Math.PI + 1e-9;
    return { slice, mid, lines, right, target: cy - (r + STUB) * Math.cos(mid), size: lines.length * line };
  });
  const placed: PieLabel[] = [];
  for (const right of [true, false]) {
    const side = labels.filter((label) => label.right === right);
    const tops = distribute(side, height, GAP);
    if (!tops) return null;
    for (const [index, label] of side.entries()) {
      const top = tops[index]!;
      const middle = top + label.size / 2;
      if (Math.abs(middle - label.target) > height / 5) return null;
      const dir = right ? 1 : -1;
      const x = round(cx + dir * (r + COLUMN));
      const ring = point(cx, cy, r, label.mid);
      const elbow = point(cx, cy, r + STUB, label.mid);
      const end: [number, number] = [round(x - dir * GAP), round(middle)];
      // A leader that cuts across the ring would be drawn over slices.
      if (distanceToSegment(cx, cy, elbow, end) < r + 1) return null;
      const textWidthPx = Math.max(...label.lines.map((text) => textWidth(text, fontSize)));
      if (textWidthPx > columnWidth + 1) return null;
      placed.push({
        id: label.slice.id,
        lines: label.lines,
        x,
        y: round(top),
        width: round(textWidthPx),
        height: label.size,
        anchor: right ? 'start' : 'end',
        leader: [ring, elbow, end],
        target: round(label.target),
      });
    }
  }
  // Official order, as the slices.
  const order = new Map(slices.map((slice, index) => [slice.id, index]));
  placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    mode: 'labels',
    width,
    height,
    cx,
    cy,
    r,
    inner,
    arcs: drawn,
    labels: placed,
    centre: centreLines(options.centre, cy, inner, fontSize),
    fontSize,
  };
}

/** The ring alone, for narrow widths: a list under it names the slices. */
export function layoutLegendPie(slices: readonly SliceInput[], options: PieLayoutOptions): PieLayout {
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const { width } = options;
  const r = Math.max(40, Math.min(120, Math.floor((width - 16) / 2)));
  const height = 2 * r + 16;
  const cx = round(width / 2);
  const cy = round(height / 2);
  const inner = innerOf(options.variant, r);
  return {
    mode: 'legend',
    width,
    height,
    cx,
    cy,
    r,
    inner,
    arcs: arcs(slices, cx, cy, r, inner),
    labels: [],
    centre: centreLines(options.centre, cy, inner, fontSize),
    fontSize,
  };
}

/** How many labels fit one side at most (for a first guess of how much to merge). */
export function labelCapacity(width: number, fontSize = 12): number {
  const columnWidth = Math.min(width * 0.28, 240);
  const r = Math.min(MAX_R, Math.floor((width - 2 * (columnWidth + COLUMN + GAP)) / 2));
  if (r < MIN_R) return 0;
  const line = Math.round(fontSize * 4 / 3);
  return Math.floor((2 * r + 2 * PAD + GAP) / (2 * line + GAP));
}
