/**
 * Column bands per printed page. pdftotext lays out every page anew, so one table's amounts
 * can sit a few characters apart from page to page (a page with longer names is spread
 * wider). Bands learned from all pages at once then merge two neighbouring columns into one
 * (Beijing 预算05表: 公用经费 | 项目支出总数 read as one column). When the first page alone
 * gives more amount columns than all pages together, its grid is the table's, and each later
 * page's amounts are matched to those columns in order by nearest centre.
 */
import type { Cell, TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import type { Column, TableLayout } from './layout.js';
import type { Metric } from './space-columns.js';

export type Band = { start: number; end: number };

const WHOLE_CODE = /^\d{3}(?:\d{2}){0,2}$/;
/** The most a page's amounts are seen shifted against the first page's, in characters. */
const MAX_SHIFT = 10;
/** Amounts move with their page's header words give or take this much (pdftotext spreads a page). */
const HEADER_SLACK = 3;

/** Row index ranges [from, to) of the table's page blocks, in order. */
export function pageBlocks(layout: TableLayout): [number, number][] {
  const starts = [0, ...[...(layout.breaks ?? [])].filter((b) => b > 0 && b < layout.rows.length).sort((a, b) => a - b)];
  return starts.map((from, i) => [from, starts[i + 1] ?? layout.rows.length]);
}

/** The amount columns of a grid (neither the code nor the name column). */
export function amountColumns(columns: readonly Column[]): number[] {
  return columns.map((c, i) => (c.role ? -1 : i)).filter((i) => i >= 0);
}

/** The amounts of some lines as bands: overlapping spans are one band. */
export function amountBands(lines: readonly TextLine[], metric: Metric, from: number): Band[] {
  const spans: Band[] = [];
  for (const line of lines) {
    for (const cell of line.cells) {
      if (!isNumberCell(cell.text) || WHOLE_CODE.test(cell.text)) continue;
      const [start, end] = span(cell, metric);
      if (start >= from) spans.push({ start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const bands: Band[] = [];
  for (const s of spans) {
    const last = bands[bands.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else bands.push({ ...s });
  }
  return bands;
}

/**
 * Whether a grid merged two columns of some page: one of its amount columns covers two
 * separate bands of amounts printed on the same page.
 */
export function mergesPageColumns(columns: readonly Column[], pages: readonly (readonly TextLine[])[], metric: Metric): boolean {
  const amounts = amountColumns(columns).map((i) => columns[i]!);
  const labelEnd = Math.max(...columns.filter((c) => c.role).map((c) => c.end), -Infinity);
  return pages.some((lines) => {
    const bands = amountBands(lines, metric, labelEnd);
    return amounts.some((c) => bands.filter((b) => Math.min(b.end, c.end) - Math.max(b.start, c.start) > 0).length >= 2);
  });
}

/**
 * Place `bands` (one page's amounts) under `columns` in order, each band under a different
 * column, minimising the total distance of centres (dynamic programming, O(bands × columns)).
 * Undefined when there are more bands than columns.
 */
export function matchBands(bands: readonly Band[], columns: readonly Band[]): { placed: number[]; cost: number } | undefined {
  const n = bands.length;
  const m = columns.length;
  if (n > m) return undefined;
  const centre = (b: Band) => (b.start + b.end) / 2;
  // cost[i][j]: bands 0..i-1 placed under columns 0..j-1.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) cost[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const take = cost[i - 1]![j - 1]! + Math.abs(centre(bands[i - 1]!) - centre(columns[j - 1]!));
      cost[i]![j] = Math.min(cost[i]![j - 1]!, take);
    }
  }
  const placed = new Array<number>(n);
  let i = n;
  let j = m;
  while (i > 0) {
    if (j > i && cost[i]![j - 1] === cost[i]![j]) j--;
    else {
      placed[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  return { placed, cost: cost[n]![m]! };
}

/**
 * One page's grid: the reference grid with each matched amount column moved to the band
 * its amounts occupy on this page. Undefined when the page's amounts do not fit the grid.
 * `around`: how far the page's repeated header moved against the first page's (page-shift.ts,
 * headerShift), when the page prints its header again. `doubts` receives the page's amount
 * bands that sit, so shifted, further than HEADER_SLACK from the right edge of the column they
 * were placed under: a page spread unevenly (重庆 表二: its right-hand columns move 3–10
 * characters from page to page, its left-hand ones 0–4), whose amounts there are placed by a
 * guess. Not every misplaced amount is caught so (a band can sit exactly on the wrong column).
 */
export function pageGrid(reference: readonly Column[], lines: readonly TextLine[], metric: Metric, around?: number, doubts?: Band[]): Column[] | undefined {
  const amounts = amountColumns(reference);
  if (amounts.length === 0) return undefined;
  const labelEnd = Math.max(...reference.filter((c) => c.role).map((c) => c.end), -Infinity);
  const bands = amountBands(lines, metric, Number.isFinite(labelEnd) ? labelEnd : -Infinity);
  // A page may be shifted as a whole as well as spread: try shifts up to a few characters. A
  // page that repeats its header says how far it moved: only shifts near that are tried. Free
  // shifts can slide a page a whole column over where the grid's last columns are narrow and
  // close together (Beijing 预算03表, last page: 合计 read as 基本支出, 基本支出 as 项目支出).
  const [from, to] = around === undefined ? [-MAX_SHIFT, MAX_SHIFT] : [around - HEADER_SLACK, around + HEADER_SLACK];
  let best: { placed: number[]; cost: number; shift: number } | undefined;
  for (let shift = from; shift <= to; shift++) {
    const moved = bands.map((b) => ({ start: b.start + shift, end: b.end + shift }));
    const match = matchBands(moved, amounts.map((i) => reference[i]!));
    if (match && (!best || match.cost < best.cost)) best = { ...match, shift };
  }
  if (!best) return undefined;
  const placed = best.placed;
  // Amounts are right-aligned: their right edge tells the column.
  placed.forEach((k, b) => {
    if (Math.abs(bands[b]!.end + best.shift - reference[amounts[k]!]!.end) > HEADER_SLACK) doubts?.push(bands[b]!);
  });
  const grid = reference.map((c) => ({ ...c }));
  placed.forEach((k, b) => {
    const column = grid[amounts[k]!]!;
    column.start = bands[b]!.start;
    column.end = bands[b]!.end;
  });
  return grid;
}

function span(cell: Cell, metric: Metric): [number, number] {
  return metric === 'display' ? [cell.start, cell.end] : [cell.cstart, cell.cend];
}
