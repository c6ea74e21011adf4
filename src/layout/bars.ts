/**
 * Horizontal bar and bullet-bar layout shared by <budget-execution> and <three-public-costs>
 * (and any later bar widget). Pure numbers, no DOM: text widths come from text-width.ts.
 *
 * A row has up to three marks on one shared scale (src/layout/bar-scale.ts): a wide light
 * `back` bar (a budget, last year), a narrow solid `front` bar inside it (the final amount,
 * this year) and a `marker` across it (a target). Its category label sits in a column on the
 * left, wrapped with text-width.ts; its value text sits right after the row's furthest mark,
 * in room the scale leaves for the widest text, so it never lies on a bar or a marker, and
 * never on another row (rows do not overlap). Below `narrowBelow` px the label and the value
 * text each take their own line above the bars, which then use the full width.
 * Group rows (a 类 heading) carry a label and no marks.
 */
import { textWidth, wrapText } from './text-width.js';
import { linearScale, type LinearScale } from './bar-scale.js';

export interface BarRowInput {
  id: string;
  /** The category as shown (qualified already where names repeat). */
  label: string;
  /** 0 top level, 1 and 2 indented (款, 项 under a 类). */
  level?: number;
  /** `group`: a heading row without marks. */
  kind?: 'bar' | 'group';
  back?: number | null;
  front?: number | null;
  marker?: number | null;
  /** A lighter second marker (last year's amount). */
  tick?: number | null;
  /** The value text printed beside the marks. */
  text: string;
  /** A second, muted line under the label (counts beside the money: 团组, 辆, 批次). */
  sub?: string;
}

export interface BarsOptions {
  width: number;
  /** Text size in px; never below 12. */
  fontSize?: number;
  /** Narrow layout below this width (px). Default 560. */
  narrowBelow?: number;
  /** Most lines a category label wraps to (then an ellipsis; the table has it whole). Default 2. */
  labelLines?: number;
  /** Tick label text for the axis (to leave room for it). */
  tickText?: (value: number) => string;
  /** Values the scale must include beyond the rows' own (a shared scale across charts). */
  extent?: readonly number[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ValueText {
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'end';
  /** Inside the front bar (drawn in the bar's contrast colour). */
  inside: boolean;
}

export interface LaidOutBar {
  id: string;
  kind: 'bar' | 'group';
  level: number;
  /** Top of the row and its height: the row's own band, where nothing of another row is. */
  y: number;
  height: number;
  label: { x: number; y: number; lines: string[]; truncated: boolean };
  /** Lines of the muted second label, following the label's lines. */
  sub?: string[];
  back?: Rect;
  front?: Rect;
  /** A marker line across the bar; `zero` when it sits on the baseline (drawn as a diamond). */
  marker?: { x: number; y1: number; y2: number; zero: boolean };
  tick?: { x: number; y1: number; y2: number };
  /** `lines`: the value text as drawn, wrapped to the width when narrow (one line otherwise). */
  text: ValueText & { value: string; lines: string[] };
}

export interface BarsLayout {
  width: number;
  height: number;
  fontSize: number;
  narrow: boolean;
  /** The bars' horizontal extent. */
  plot: { x0: number; x1: number };
  scale: LinearScale;
  /** The axis band at the top: tick positions and their baseline. */
  axis: { height: number; ticks: { value: number; x: number; text: string; anchor: 'start' | 'middle' | 'end' }[] };
  rows: LaidOutBar[];
}

const GAP = 6;
const INDENT = 12;

/** Where a row's value text goes: after its furthest mark, else inside the front bar, else below. */
export function placeValueText(
  ends: { start: number; end: number; frontStart?: number; frontEnd?: number },
  width: number,
  plotRight: number,
): { x: number; anchor: 'start' | 'end'; where: 'outside' | 'inside' | 'below' } {
  if (ends.end + GAP / 2 + width <= plotRight) return { x: ends.end + GAP / 2, anchor: 'start', where: 'outside' };
  const inner = (ends.frontEnd ?? 0) - (ends.frontStart ?? 0);
  if (ends.frontEnd !== undefined && inner >= width + GAP) return { x: ends.frontEnd - GAP / 2, anchor: 'end', where: 'inside' };
  return { x: ends.start, anchor: 'start', where: 'below' };
}

/** `wrapText`, skipped for the common label that fits on one line (hundreds of rows: half the layout's time). */
function wrap(text: string, width: number, fontSize: number, maxLines: number, bold = false): { lines: string[]; truncated: boolean } {
  return textWidth(text, fontSize, bold) <= width ? { lines: [text], truncated: false } : wrapText(text, width, fontSize, maxLines, bold);
}

export function layoutBars(rows: readonly BarRowInput[], options: BarsOptions): BarsLayout {
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const width = Math.max(0, options.width);
  const lineHeight = Math.round(fontSize * 1.35);
  const band = Math.round(fontSize * 1.5);
  const tickText = options.tickText ?? ((value: number) => String(value));
  const widestText = Math.max(0, ...rows.map((row) => textWidth(row.text, fontSize)));
  const maxLines = Math.max(1, options.labelLines ?? 2);

  let narrow = width < (options.narrowBelow ?? 560);
  let labelWidth = 0;
  let x0 = 0;
  let x1 = width;
  if (!narrow) {
    const widestLabel = Math.max(
      ...rows.map((row) => Math.max(textWidth(row.label, fontSize, row.kind === 'group'), row.sub ? textWidth(row.sub, fontSize) : 0) + (row.level ?? 0) * INDENT),
      0,
    );
    // A third of the width at most: long 功能分类 names wrap rather than squeeze the bars.
    labelWidth = Math.min(Math.ceil(widestLabel) + 2, Math.floor(width * 0.34));
    x0 = labelWidth + GAP * 2;
    x1 = width - Math.ceil(widestText) - GAP * 2;
    if (x1 - x0 < Math.max(120, width * 0.3)) narrow = true;
  }
  if (narrow) {
    // Room for the zero-budget diamond (5 px either side of the baseline).
    x0 = 6;
    x1 = Math.max(x0 + 1, width - 6);
    labelWidth = x1 - x0;
  }

  const values = rows.flatMap((row) => [row.back, row.front, row.marker, row.tick]).concat(options.extent ?? []);
  const plotWidth = x1 - x0;
  const sample = textWidth(tickText(Math.max(0, ...values.map((v) => Math.abs(v ?? 0)))), fontSize) + 16;
  const scale = linearScale(values, x0, x1, { tickCount: Math.max(1, Math.min(6, Math.floor(plotWidth / Math.max(sample, 48)))) });
  const axisHeight = scale.nominal ? 4 : lineHeight + 6;
  const ticks = scale.ticks.map((value) => ({ value, x: scale.x(value), text: tickText(value) }));
  // A tick at the edge is anchored inside the chart; one whose text would touch its
  // neighbour's is left unlabelled (its grid line stays).
  const shown: { value: number; x: number; text: string; anchor: 'start' | 'middle' | 'end' }[] = [];
  let right = -Infinity;
  for (const tick of ticks) {
    const w = textWidth(tick.text, fontSize);
    const anchor = tick.x - w / 2 < 0 ? 'start' : tick.x + w / 2 > width ? 'end' : 'middle';
    const left = anchor === 'start' ? tick.x : anchor === 'end' ? tick.x - w : tick.x - w / 2;
    if (left < right + GAP || left < 0) continue;
    shown.push({ ...tick, anchor });
    right = left + w;
  }

  const zero = scale.x(0);
  let y = axisHeight;
  const laid: LaidOutBar[] = rows.map((row) => {
    const level = row.level ?? 0;
    const indent = narrow ? 0 : level * INDENT;
    const kind = row.kind ?? 'bar';
    // A group's label is a heading, drawn semibold (bars.styles.ts .group-label): measured so.
    const wrapped = wrap(row.label.trim(), Math.max(fontSize * 2, labelWidth - indent), fontSize, kind === 'group' ? 1 : maxLines, kind === 'group');
    const top = y + GAP / 2;
    if (kind === 'group') {
      // Narrow: a heading's text (a total in words) takes a line of its own under it.
      const below = narrow && !!row.text;
      const height = (below ? 2 : 1) * lineHeight + GAP;
      y += height;
      return {
        id: row.id,
        kind,
        level,
        y: top - GAP / 2,
        height,
        label: { x: (narrow ? x0 : 0) + indent, y: top + fontSize, lines: wrapped.lines, truncated: wrapped.truncated },
        text: { x: x0, y: top + fontSize + (below ? lineHeight : 0), anchor: 'start', inside: false, value: row.text, lines: [row.text] },
      };
    }
    const sub = row.sub ? wrap(row.sub.trim(), Math.max(fontSize * 2, labelWidth - indent), fontSize, maxLines).lines : [];
    const labelBlock = (wrapped.lines.length + sub.length) * lineHeight;
    // Narrow: label lines, then the value text line, then the bars.
    // Narrow: the value text has the full width, and wraps when even that is too little.
    const textLines = narrow ? wrap(row.text, x1 - x0, fontSize, 3).lines : [row.text];
    const textBlock = textLines.length * lineHeight;
    const barTop = narrow ? top + labelBlock + textBlock : top + Math.max(0, (labelBlock - band) / 2);
    const rowHeight = (narrow ? labelBlock + textBlock + band : Math.max(labelBlock, band)) + GAP * 1.5;
    const span = (value: number | null | undefined, thickness: number): Rect | undefined => {
      if (value == null || !Number.isFinite(value)) return undefined;
      const end = scale.x(value);
      return { x: Math.min(zero, end), y: barTop + (band - thickness) / 2, width: Math.abs(end - zero), height: thickness };
    };
    const back = span(row.back, band);
    const front = span(row.front, row.back == null ? Math.round(band * 0.7) : Math.round(band * 0.45));
    const marker =
      row.marker == null || !Number.isFinite(row.marker)
        ? undefined
        : { x: scale.x(row.marker), y1: barTop - 3, y2: barTop + band + 3, zero: row.marker === 0 };
    const tick = row.tick == null || !Number.isFinite(row.tick) ? undefined : { x: scale.x(row.tick), y1: barTop + band * 0.15, y2: barTop + band * 0.85 };
    const xs = [zero, back && back.x + back.width, back?.x, front && front.x + front.width, front?.x, marker && marker.x + 4, tick?.x].filter(
      (v): v is number => v !== undefined,
    );
    const end = Math.max(...xs);
    const baseline = barTop + band / 2 + fontSize * 0.36;
    let text: ValueText;
    if (narrow) {
      text = { x: x0, y: top + labelBlock + fontSize, anchor: 'start', inside: false };
    } else {
      const place = placeValueText(
        { start: x0, end, frontStart: front?.x, frontEnd: front && front.x + front.width },
        textWidth(row.text, fontSize),
        width,
      );
      text = { x: place.x, y: baseline, anchor: place.anchor, inside: place.where === 'inside' };
    }
    y += rowHeight;
    return {
      id: row.id,
      kind,
      level,
      y: top - GAP / 2,
      height: rowHeight,
      label: {
        x: indent + (narrow ? x0 : 0),
        y: narrow ? top + fontSize : top + Math.max(0, (band - labelBlock) / 2) + fontSize,
        lines: wrapped.lines,
        truncated: wrapped.truncated,
      },
      sub: sub.length ? sub : undefined,
      back,
      front,
      marker,
      tick,
      text: { ...text, value: row.text, lines: textLines },
    };
  });

  return {
    width,
    height: Math.ceil(y + GAP),
    fontSize,
    narrow,
    plot: { x0, x1 },
    scale,
    axis: { height: axisHeight, ticks: shown },
    rows: laid,
  };
}
