/**
 * Geometry of the score bars of `<performance-scorecard>` and `<performance-summary>`: rows
 * of a label, a bar on a fixed scale (0–100 for totals, 0–分值 for a group) and the value,
 * and a strip of score dots on 0–100. Pure numbers; text widths estimated (text-width.ts).
 * Bars never stretch a scale to their own range, so one score reads the same in every
 * document; a value above its maximum fills the bar and is marked `over`, never clipped
 * silently (the printed number stays beside it).
 */
import { textWidth, wrapText } from './text-width.js';

export interface BarInput {
  key: string;
  label: string;
  /** The value drawn; null draws an empty track ("未评", never 0). */
  value: number | null;
  /** The end of the scale (100, or the printed 分值); null or 0: nothing to scale against. */
  max: number | null;
  /** Text beside the bar, e.g. "95.00 / 100". */
  valueText: string;
  /** Scale values to mark with ticks (60, 80, 90 on a total). */
  ticks?: readonly number[];
}

export interface PlacedBar {
  key: string;
  labelLines: string[];
  labelX: number;
  labelY: number;
  barX: number;
  barY: number;
  trackWidth: number;
  fillWidth: number;
  over: boolean;
  valueX: number;
  valueY: number;
  valueText: string;
  ticks: { x: number; value: number; labelled: boolean }[];
}

export interface ScoreFigure {
  width: number;
  height: number;
  fontSize: number;
  bars: PlacedBar[];
  /** Labels go above their bars below this width. */
  stacked: boolean;
}

export const BAR_HEIGHT = 12;
const GAP = 8;
const LINE = 16;

/** Fill width of `value` on a track of `width` for a scale 0–`max` (clamped to the track). */
export function fillOf(value: number | null, max: number | null, width: number): { fill: number; over: boolean } {
  if (value === null || max === null || !(max > 0) || !(value > 0)) return { fill: 0, over: false };
  return { fill: Math.min(width, (value / max) * width), over: value > max + 1e-9 };
}

/** Rows of label, bar and value in `width` px; labels above the bars when narrow. */
export function layoutScoreFigure(inputs: readonly BarInput[], width: number, fontSize = 12): ScoreFigure {
  const stacked = width < 480;
  const valueWidth = Math.max(0, ...inputs.map((row) => textWidth(row.valueText, fontSize))) + GAP;
  const labelWidth = stacked ? width : Math.min(width * 0.4, Math.max(0, ...inputs.map((row) => textWidth(row.label, fontSize))) + GAP);
  const trackWidth = Math.max(40, (stacked ? width : width - labelWidth) - valueWidth);
  const bars: PlacedBar[] = [];
  let y = 0;
  for (const row of inputs) {
    const lines = wrapText(row.label, stacked ? width : labelWidth - GAP, fontSize, 2).lines;
    const labelHeight = lines.length * LINE;
    const barX = stacked ? 0 : labelWidth;
    const barY = stacked ? y + labelHeight + 2 : y + Math.max(0, (labelHeight - BAR_HEIGHT) / 2);
    const { fill, over } = fillOf(row.value, row.max, trackWidth);
    const ticks = (row.ticks ?? []).filter((value) => row.max && value > 0 && value < row.max).map((value) => ({ x: barX + (value / row.max!) * trackWidth, value, labelled: false }));
    // A tick is labelled only where its number fits between its neighbours.
    const room = textWidth('100', fontSize) + 4;
    ticks.forEach((tick, i) => {
      const left = i === 0 ? barX : ticks[i - 1]!.x;
      const right = i === ticks.length - 1 ? barX + trackWidth : ticks[i + 1]!.x;
      tick.labelled = tick.x - left >= room && right - tick.x >= room;
    });
    const tickSpace = ticks.some((tick) => tick.labelled) ? LINE : 0;
    bars.push({
      key: row.key,
      labelLines: lines,
      labelX: 0,
      labelY: y + fontSize,
      barX,
      barY,
      trackWidth,
      fillWidth: fill,
      over,
      valueX: barX + trackWidth + GAP,
      valueY: barY + BAR_HEIGHT / 2,
      valueText: row.valueText,
      ticks,
    });
    y = Math.max(y + labelHeight, barY + BAR_HEIGHT) + tickSpace + (stacked ? 10 : 8);
  }
  return { width, height: Math.max(0, y - 4), fontSize, bars, stacked };
}

export interface StripPoint {
  key: string;
  value: number;
}

export interface PlacedDot {
  key: string;
  cx: number;
  cy: number;
}

/**
 * Dots on a 0–100 axis `width` px wide: a dot that would touch one already placed moves to
 * the next lane down, so none overlaps. Many close scores (80 projects between 90 and 100)
 * would stack into a tower: the radius shrinks (5 → 3 → 2) to keep within `maxLanes`, and
 * past that the last lane takes the rest, overlapping (`crowded`; the table lists them all).
 * Order: by value, then as given.
 */
export function layoutDotStrip(
  points: readonly StripPoint[],
  width: number,
  radius = 5,
  maxLanes = 8,
): { dots: PlacedDot[]; lanes: number; radius: number; crowded: boolean } {
  const sorted = [...points].map((point, i) => ({ point, i })).sort((a, b) => a.point.value - b.point.value || a.i - b.i);
  const place = (r: number, cap: number) => {
    const x = (value: number) => r + (Math.max(0, Math.min(100, value)) / 100) * (width - 2 * r);
    const lastX: number[] = [];
    let crowded = false;
    const dots = sorted.map(({ point }) => {
      const cx = x(point.value);
      let lane = lastX.findIndex((last) => cx - last >= 2 * r + 1);
      if (lane < 0) lane = lastX.length;
      if (lane >= cap) {
        lane = cap - 1;
        crowded = true;
      }
      lastX[lane] = cx;
      return { key: point.key, cx, cy: r + lane * (2 * r + 1) };
    });
    return { dots, lanes: lastX.length, radius: r, crowded };
  };
  for (const r of [radius, 3, 2].filter((r) => r <= radius)) {
    const result = place(r, Infinity);
    if (result.lanes <= maxLanes) return result;
  }
  return place(Math.min(radius, 2), maxLanes);
}
