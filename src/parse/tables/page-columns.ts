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
import { median } from './page-shift.js';

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
 * were placed under: amounts placed by a guess. Not every misplaced amount is caught so (a
 * band can sit exactly on the wrong column). `local`: each amount column's own shift on this
 * page (columnShifts), for a page spread unevenly (重庆 表二: its right-hand columns move 3–13
 * characters from page to page, its left-hand ones 0–4).
 */
export function pageGrid(
  reference: readonly Column[],
  lines: readonly TextLine[],
  metric: Metric,
  around?: number,
  doubts?: Band[],
  local?: readonly number[],
): Column[] | undefined {
  const amounts = amountColumns(reference);
  if (amounts.length === 0) return undefined;
  const labelEnd = Math.max(...reference.filter((c) => c.role).map((c) => c.end), -Infinity);
  const bands = amountBands(lines, metric, Number.isFinite(labelEnd) ? labelEnd : -Infinity);
  // The page moved as a whole: the first page's columns, at a shift near `around` (any shift
  // up to MAX_SHIFT without a repeated header). Free shifts can slide a page a whole column
  // over where the grid's last columns are narrow and close together (Beijing 预算03表, last
  // page: 合计 read as 基本支出, 基本支出 as 项目支出).
  const whole = amounts.map((i) => reference[i]!);
  const [from, to] = around === undefined ? [-MAX_SHIFT, MAX_SHIFT] : [around - HEADER_SLACK, around + HEADER_SLACK];
  let best: (Match & { spread?: boolean }) | undefined = bestMatch(bands, whole, from, to);
  // Or each column moved by its own header words, when the page printed its header again and
  // spread it unevenly (columnShifts): taken unless more of the amounts sit off their column's
  // right edge so. (Over many narrow columns the words say less than the amounts do: 西安交通
  // 三公 by unit and year.)
  if (local) {
    const spread = amounts.map((i, k) => ({ start: reference[i]!.start - local[k]!, end: reference[i]!.end - local[k]! }));
    const byWords = bestMatch(bands, spread, -HEADER_SLACK, HEADER_SLACK);
    if (byWords && (!best || offEdge(bands, byWords).length <= offEdge(bands, best).length)) best = { ...byWords, spread: true };
  }
  if (!best) return undefined;
  const { placed, shift, targets } = best;
  doubts?.push(...offEdge(bands, best));
  const grid = reference.map((c) => ({ ...c }));
  // On a page placed by its header words, columns with no amount on the page go where the words
  // put them too: left where the first page has them, one could overlap a moved column's
  // amounts as much as that column does (重庆 表二 moved a whole 2 characters: 86.00 as near
  // 事业单位经营's old place as 其他收入's new one). Not on a page moved as a whole: there the
  // first page's places of the empty columns are what the rows are read against (Beijing 预算05表).
  if (best.spread) {
    amounts.forEach((i, k) => {
      grid[i]!.start = targets[k]!.start - shift;
      grid[i]!.end = targets[k]!.end - shift;
    });
  }
  placed.forEach((k, b) => {
    const column = grid[amounts[k]!]!;
    column.start = bands[b]!.start;
    column.end = bands[b]!.end;
  });
  return grid;
}

/** Bands placed under target columns (by index), the page moved by `shift`. */
type Match = { placed: number[]; cost: number; shift: number; targets: readonly Band[] };

/** The bands placed further than HEADER_SLACK from their column's right edge (amounts are right-aligned). */
function offEdge(bands: readonly Band[], match: Match): Band[] {
  return bands.filter((band, b) => Math.abs(band.end + match.shift - match.targets[match.placed[b]!]!.end) > HEADER_SLACK);
}

/** The best placement of `bands` under `targets` over shifts from..to (matchBands at each). */
function bestMatch(bands: readonly Band[], targets: readonly Band[], from: number, to: number): Match | undefined {
  let best: Match | undefined;
  for (let shift = from; shift <= to; shift++) {
    const moved = bands.map((b) => ({ start: b.start + shift, end: b.end + shift }));
    const match = matchBands(moved, targets);
    if (match && (!best || match.cost < best.cost)) best = { ...match, shift, targets };
  }
  return best;
}

/**
 * How far each amount column of `reference` moved on a page that printed its header again,
 * one offset per amount column (first page's position minus this page's, as headerShift
 * counts): the shift of the header words over that column. pdftotext spreads a page
 * unevenly, so one shift for the page does not fit every column (重庆 表二, page 15: 一般公共
 * moved 1 character, 上级补助 9, 其他收入 13 — by one shift 86.00 fell under 事业单位经营).
 * A column with no word of its own is interpolated between its neighbours that have one.
 * Undefined unless words over at least two columns moved by amounts that differ by more
 * than HEADER_SLACK, growing or shrinking across the page: a page moved as a whole is left to
 * the page's one shift, and a header repeated only in part (one line of group words) says
 * nothing of the other columns.
 */
export function columnShifts(reference: readonly Column[], pairs: readonly (readonly [TextLine, TextLine])[] | undefined, metric: Metric): number[] | undefined {
  const amounts = amountColumns(reference).map((i) => reference[i]!);
  const offsets: number[][] = amounts.map(() => []);
  for (const [original, repeated] of pairs ?? []) {
    if (original.cells.length !== repeated.cells.length) continue;
    original.cells.forEach((cell, i) => {
      const [start, end] = span(cell, metric);
      // The column the word lies over most (header words are centred over their column).
      let k = -1;
      let most = 0;
      amounts.forEach((c, j) => {
        const overlap = Math.min(end, c.end) - Math.max(start, c.start);
        if (overlap > most) [k, most] = [j, overlap];
      });
      if (k >= 0) offsets[k]!.push(end - span(repeated.cells[i]!, metric)[1]);
    });
  }
  const own = offsets.map(median);
  const known = own.flatMap((o, k) => (o === undefined ? [] : [k]));
  if (known.length < 2) return undefined;
  const values = known.map((k) => own[k]!);
  if (Math.max(...values) - Math.min(...values) <= HEADER_SLACK) return undefined;
  // A page is stretched or squeezed from one side, so the shifts grow (or shrink) across it; a
  // header whose words jump back and forth (vertical words over dense columns: 西安交通 三公 by
  // unit and year) says nothing reliable about its columns.
  const steps = values.slice(1).map((v, i) => v - values[i]!);
  if (!steps.every((d) => d >= -1) && !steps.every((d) => d <= 1)) return undefined;
  const centre = (k: number) => (amounts[k]!.start + amounts[k]!.end) / 2;
  return own.map((o, k) => {
    if (o !== undefined) return o;
    const left = known.filter((j) => j < k).at(-1);
    const right = known.find((j) => j > k);
    if (left === undefined) return own[right!]!;
    if (right === undefined) return own[left]!;
    const t = (centre(k) - centre(left)) / (centre(right) - centre(left));
    return Math.round(own[left]! + t * (own[right]! - own[left]!));
  });
}

function span(cell: Cell, metric: Metric): [number, number] {
  return metric === 'display' ? [cell.start, cell.end] : [cell.cstart, cell.cend];
}
