/**
 * Columns of a table read from its header lines, its 栏次 row and its body rows; and body rows
 * of space-aligned text lined up against them by position (display width with CJK = 2, or
 * character count, whichever the numbers line up under), so vanished blank cells never shift
 * a value into the wrong column.
 */
import type { TableId } from '../../schema/primitives.js';
import type { Cell, TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import { matchInOrder } from '../grid/header-tree.js';
import type { WarningSink } from '../warnings.js';
import { where, type BodyRow, type Column, type TableLayout } from './layout.js';

export type Metric = 'display' | 'chars';

function span(cell: Cell, metric: Metric): [number, number] {
  return metric === 'display' ? [cell.start, cell.end] : [cell.cstart, cell.cend];
}

/**
 * The metric under which the numbers of the body rows line up best: fewest distinct left
 * edges (left-aligned) or right edges (right-aligned), whichever is fewer.
 */
export function chooseMetric(lines: TextLine[]): Metric {
  const edges = (metric: Metric) => {
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const line of lines) {
      for (const cell of line.cells) {
        if (!isNumberCell(cell.text)) continue;
        const [start, end] = span(cell, metric);
        starts.add(start);
        ends.add(end);
      }
    }
    return Math.min(starts.size, ends.size);
  };
  return edges('chars') < edges('display') ? 'chars' : 'display';
}

export function buildColumns(header: TextLine[], numbersRow: TextLine | undefined, rows: BodyRow[], metric: Metric): Column[] {
  const all = numbersRow ? [...header, numbersRow] : header;
  if (all.length > 0 && all.every((l) => l.tabbed)) {
    const width = Math.max(...all.map((l) => l.cells.length));
    const columns: Column[] = [];
    for (let c = 0; c < width; c++) {
      const parts = header.map((l) => (l.cells[c]?.text ?? '').replace(/\s+/g, '')).filter((t) => t !== '');
      columns.push({ text: parts.join(''), parts, start: c, end: c });
    }
    return columns;
  }
  return spaceColumns(header, numbersRow, rows, metric);
}

/** A whole classification code printed in one cell: 类 (3), 款 (5) or 项 (7) digits. */
const WHOLE_CODE = /^\d{3}(?:\d{2}){0,2}$/;
/** A bare total label; it may be centred over the code and name columns, so it places no column. */
const TOTAL_LABEL = /^(?:合计|总计|小计)$/;

/**
 * A row that starts with a code and a name (a name has a character that is not a number),
 * after a leading 序号 if one is printed ("3  30101  基本工资").
 */
function codeAndName(line: TextLine): [Cell, Cell] | undefined {
  const serial = /^\d{1,3}$/.test(line.cells[0]?.text ?? '') && WHOLE_CODE.test(line.cells[1]?.text ?? '') ? 1 : 0;
  const code = line.cells[serial];
  const name = line.cells[serial + 1];
  if (!code || !name || !WHOLE_CODE.test(code.text)) return undefined;
  if (isNumberCell(name.text) || !/[^\d\s.,%-]/.test(name.text)) return undefined;
  return [code, name];
}

interface Cluster {
  start: number;
  end: number;
  /** Body or 栏次 numbers sit in it (an amount column), or body text only (a label column). */
  numbers: number;
  words: number;
  /** Header pieces: line index (top = 0), position, text. */
  pieces: { line: number; x: number; text: string }[];
  /** Header lines with a cell directly over it. */
  direct: Set<number>;
  role?: 'code' | 'name';
}

function cluster(start: number, end: number, role?: 'code' | 'name'): Cluster {
  const c: Cluster = { start, end, numbers: 0, words: 0, pieces: [], direct: new Set() };
  if (role) c.role = role;
  return c;
}

const overlap = (a: { start: number; end: number }, start: number, end: number) =>
  Math.min(end, a.end) - Math.max(start, a.start);

/**
 * Space-aligned text: the columns are read off every line of the table at once. The body
 * and the 栏次 row give the leaf columns (a cell that covers two of them is a merged
 * cell, not a column); rows that start with a code and a name give the
 * code and name columns even when the header prints 项目 over both. Header cells then name
 * the columns: a cell over one column names it (wrapped headers join top to bottom); a cell
 * over columns that have sub-headers below it is a group header (项目, 本年支出, 预算数) and
 * also names the sub-columns of its kind (label or amount) that it spans: centred over them,
 * or flush left from its left edge up to the next cell of its line.
 */
function spaceColumns(header: TextLine[], numbersRow: TextLine | undefined, rows: BodyRow[], metric: Metric): Column[] {
  const clusters: Cluster[] = [];
  const add = (start: number, end: number, kind: 'number' | 'word' | 'header', create = true): void => {
    let hit: Cluster | undefined;
    let hits = 0;
    for (const c of clusters) {
      if (overlap(c, start, end) > 0) {
        hit = c;
        hits++;
      }
    }
    if (hits === 0 && create) clusters.push((hit = cluster(start, end)));
    else if (hits === 1 && !hit!.role) {
      hit!.start = Math.min(hit!.start, start);
      hit!.end = Math.max(hit!.end, end);
    } else return;
    if (kind === 'number') hit!.numbers++;
    else if (kind === 'word') hit!.words++;
  };

  // Code and name columns from the rows that start with a code and a name at the left.
  const pairs = rows.map((row) => (row.line.tabbed ? undefined : codeAndName(row.line)));
  // The codes' left edge: where most of them start (a page laid out to the side moves its
  // codes too; its rows are then placed like any other, not allowed to widen the code column).
  const starts = new Map<number, number>();
  for (const p of pairs) if (p) starts.set(span(p[0], metric)[0], (starts.get(span(p[0], metric)[0]) ?? 0) + 1);
  const left = [...starts].reduce((best, [x, n]) => (n > (starts.get(best) ?? 0) || (n === starts.get(best) && x < best) ? x : best), Infinity);
  let code: Cluster | undefined;
  let name: Cluster | undefined;
  const free: { start: number; end: number; number: boolean }[] = [];
  rows.forEach((row, r) => {
    if (row.line.tabbed) return;
    let pair = pairs[r];
    if (pair && Math.abs(span(pair[0], metric)[0] - left) > 4) pair = pairs[r] = undefined;
    if (pair) {
      const [cs, ce] = span(pair[0], metric);
      const [ns, ne] = span(pair[1], metric);
      code ??= cluster(cs, ce, 'code');
      name ??= cluster(ns, ne, 'name');
      code.start = Math.min(code.start, cs);
      code.end = Math.max(code.end, ce);
      name.start = Math.min(name.start, ns);
      name.end = Math.max(name.end, ne);
    }
    for (const cell of row.line.cells) {
      if (pair && (cell === pair[0] || cell === pair[1])) continue;
      if (TOTAL_LABEL.test(cell.text.replace(/\s+/g, ''))) continue;
      const [start, end] = span(cell, metric);
      free.push({ start, end, number: isNumberCell(cell.text) });
    }
  });
  if (code && name) {
    code.words = name.words = 1;
    clusters.push(code, name);
  }

  // Body cells, widest first: the widest amount of a column covers the others however they
  // are aligned. Then the 栏次 row, one number per amount column (centred, so it may sit
  // over a column whose amounts are all short and right-aligned: it joins the column it
  // overlaps, or starts one that no amount reached).
  free.sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const cell of free) add(cell.start, cell.end, cell.number ? 'number' : 'word');
  let firstNumbered = Infinity;
  if (numbersRow) {
    const numbers = numbersRow.cells.filter((c) => /^\d+$/.test(c.text)).map((c) => span(c, metric));
    const claimed = new Set<Cluster>();
    const pending: number[] = [];
    numbers.forEach(([start, end], k) => {
      firstNumbered = Math.min(firstNumbered, start);
      const hit = clusters.filter((c) => overlap(c, start, end) > 0);
      if (hit.length === 1 && !hit[0]!.role) {
        add(start, end, 'number');
        claimed.add(hit[0]!);
      } else if (hit.length === 0) pending.push(k);
    });
    // A number over no amount: the nearest amount column between its neighbours' numbers
    // that no number claimed, else a column with no data.
    for (const k of pending) {
      const [start, end] = numbers[k]!;
      const centre = (s: number, e: number) => (s + e) / 2;
      const from = k > 0 ? centre(...numbers[k - 1]!) : -Infinity;
      const to = k < numbers.length - 1 ? centre(...numbers[k + 1]!) : Infinity;
      let best: Cluster | undefined;
      for (const c of clusters) {
        const mid = centre(c.start, c.end);
        if (c.role || c.numbers === 0 || claimed.has(c) || mid <= from || mid >= to) continue;
        if (!best || Math.abs(mid - centre(start, end)) < Math.abs(centre(best.start, best.end) - centre(start, end))) best = c;
      }
      if (best) {
        best.start = Math.min(best.start, start);
        best.end = Math.max(best.end, end);
      } else clusters.push((best = cluster(start, end)));
      best.numbers++;
      claimed.add(best);
    }
  }
  // Header cells, bottom line first: a header over no column yet is a column with no data,
  // except over the amounts when a 栏次 row numbered them, and over the code and name, which
  // the rows gave (科目名称 centred over short names).
  const amounts = clusters.filter((c) => !c.role && c.numbers > 0).map((c) => c.start);
  const labelEnd = code && name ? Math.min(...amounts) : -Infinity;
  // Amount columns that no header cell reaches at all: only these may take a header beside them.
  const headed = new Set<Cluster>(
    clusters.filter((c) => header.some((line) => line.cells.some((cell) => overlap(c, ...span(cell, metric)) > 0))),
  );
  for (let l = header.length - 1; l >= 0; l--) {
    const cells = header[l]!.cells;
    cells.forEach((cell, k) => {
      const [start, end] = span(cell, metric);
      const centre = (start + end) / 2;
      // A short header printed just beside its amounts (centred over right-aligned numbers
      // that never reach under it): it names the nearest amount column with no header yet,
      // when no other header cell of its line sits closer to that column.
      if (!clusters.some((c) => overlap(c, start, end) > 0)) {
        const gap = (c: Cluster) => Math.max(c.start - end, start - c.end);
        const near = clusters.filter((c) => !c.role && c.numbers > 0 && !headed.has(c) && gap(c) <= 4).sort((a, b) => gap(a) - gap(b))[0];
        const rival = near && cells.some((o, j) => j !== k && overlap(near, ...span(o, metric)) > 0);
        if (near && !rival) {
          near.start = Math.min(near.start, start);
          near.end = Math.max(near.end, end);
          headed.add(near);
          return;
        }
      }
      for (const c of clusters) if (overlap(c, start, end) > 0) headed.add(c);
      add(start, end, 'header', centre < firstNumbered && centre >= labelEnd);
    });
  }
  clusters.sort((a, b) => a.start - b.start || (a.role === 'code' ? -1 : b.role === 'code' ? 1 : 0));
  if (clusters.length === 0) return [];

  // Which header cells sit over which columns.
  const over = header.map((line) =>
    line.cells.map((cell) => {
      const [start, end] = span(cell, metric);
      const hit = clusters.filter((c) => overlap(c, start, end) > 0);
      return hit.length > 0 ? hit : [clusters[nearestColumn(clusters, start, end)!]!];
    }),
  );
  over.forEach((cells, l) => cells.forEach((hit) => hit.forEach((c) => c.direct.add(l))));
  const below = (c: Cluster, l: number) => [...c.direct].some((d) => d > l);
  const label = (c: Cluster) => c.role !== undefined || (c.numbers === 0 && c.words > 0);
  header.forEach((line, l) => {
    line.cells.forEach((cell, k) => {
      const text = cell.text.replace(/\s+/g, '');
      if (text === '') return;
      const [start, end] = span(cell, metric);
      let targets = over[l]![k]!;
      if (targets.length > 1 && !targets.every((c) => below(c, l))) {
        // A leaf header that reaches into a neighbour which has a header of its own on this
        // line ("合计" | "人员经费支出" printed close): it names the column it covers most.
        const most = targets.reduce((a, b) => (overlap(b, start, end) > overlap(a, start, end) ? b : a));
        const owned = (c: Cluster) => over[l]!.some((hit, j) => j !== k && hit.includes(c));
        targets = targets.filter((c) => c === most || !owned(c));
      }
      if (targets.every((c) => below(c, l))) {
        // A group header: centred over its sub-columns (those of its kind, with headers
        // below, between the midpoints to its neighbours), or printed flush left over them.
        const kind = label(targets[0]!);
        const previous = line.cells[k - 1];
        const next = line.cells[k + 1];
        const nextStart = next ? span(next, metric)[0] : Infinity;
        const from = previous ? (span(previous, metric)[1] + start) / 2 : -Infinity;
        const to = next ? (end + nextStart) / 2 : Infinity;
        const sub = (c: Cluster) => below(c, l) && label(c) === kind;
        let centred = clusters.filter((c) => sub(c) && (c.start + c.end) / 2 >= from && (c.start + c.end) / 2 <= to);
        // Centred: drop an end column while that brings the span's centre closer to the
        // header's (上年结转结余 centred over its five columns, not over 其他收入 beside them).
        const offOf = (cs: Cluster[]) => Math.abs((Math.min(...cs.map((c) => c.start)) + Math.max(...cs.map((c) => c.end))) / 2 - (start + end) / 2);
        for (let tighter = true; tighter && centred.length > 2; ) {
          const options = [centred.slice(1), centred.slice(0, -1)].filter((cs) => offOf(cs) < offOf(centred) - 1 && cs.some((c) => overlap(c, start, end) > 0 || targets.includes(c)));
          tighter = options.length > 0;
          if (tighter) centred = options.reduce((a, b) => (offOf(b) < offOf(a) ? b : a));
        }
        const hull = centred.length > 0 ? [Math.min(...centred.map((c) => c.start)), Math.max(...centred.map((c) => c.end))] : [start, end];
        const off = Math.abs((hull[0]! + hull[1]!) / 2 - (start + end) / 2);
        if (off <= Math.max(3, 0.15 * (hull[1]! - hull[0]!))) targets = [...new Set([...targets, ...centred])];
        else if (Math.abs(start - Math.min(...targets.map((c) => c.start))) <= 1) {
          const flush = clusters.filter((c) => sub(c) && c.start >= start && c.end <= nextStart);
          targets = [...new Set([...targets, ...flush])];
        }
      }
      for (const c of targets) c.pieces.push({ line: l, x: start, text });
    });
  });
  return clusters.map((c) => {
    const parts = c.pieces.sort((a, b) => a.line - b.line || a.x - b.x).map((p) => p.text);
    const column: Column = { text: parts.join(''), parts, start: c.start, end: c.end };
    if (c.role) column.role = c.role;
    return column;
  });
}

function nearestColumn(columns: readonly { start: number; end: number }[], start: number, end: number): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  columns.forEach((col, i) => {
    const overlap = Math.min(end, col.end) - Math.max(start, col.start);
    const distance = Math.abs((start + end) / 2 - (col.start + col.end) / 2);
    const score = overlap > 0 ? 1000 + overlap : -distance;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * Space-aligned rows: place each cell under the column it sits beneath; a leading code and
 * name go to the code and name columns. A cell that finds its column taken moves to another
 * column it overlaps, never to one it does not reach.
 */
export function alignRows(layout: TableLayout, id: TableId, metric: Metric, warnings: WarningSink): void {
  const columns = layout.columns;
  const codeIndex = columns.findIndex((c) => c.role === 'code');
  const nameIndex = columns.findIndex((c) => c.role === 'name');
  const clashed: BodyRow[] = [];
  for (const row of layout.rows) {
    if (row.line.tabbed) continue;
    const filled = row.line.cells;
    if (columns.length === 0) {
      row.cells = filled.map((c) => c.text);
      continue;
    }
    const cells = new Array<string>(columns.length).fill('');
    let roles = codeIndex >= 0 && nameIndex >= 0 ? codeAndName(row.line) : undefined;
    if (roles && overlap(columns[codeIndex]!, ...span(roles[0], metric)) <= 0) roles = undefined;
    let clash = false;
    for (const cell of filled) {
      if (roles && cell === roles[0]) {
        cells[codeIndex] = cell.text;
        continue;
      }
      if (roles && cell === roles[1]) {
        cells[nameIndex] = cell.text;
        continue;
      }
      const [start, end] = span(cell, metric);
      let target = nearestColumn(columns, start, end)!;
      if (cells[target] !== '') {
        const free = columns.findIndex(
          (col, i) => cells[i] === '' && !col.role && Math.min(end, col.end) - Math.max(start, col.start) > 0,
        );
        if (free >= 0) target = free;
      }
      if (cells[target] !== '') {
        if (isNumberCell(cell.text) || isNumberCell(cells[target]!)) clash = true;
        cells[target] += cell.text;
      } else cells[target] = cell.text;
    }
    if (clash) {
      warnings.add('columns-ambiguous', { line: row.line.no, text: row.line.raw }, { where: where(id) });
      row.cells = filled.map((c) => c.text);
      clashed.push(row);
    } else row.cells = cells;
  }
  placeClashedRows(clashed, layout, metric);
}

/** An amount as printed in a table body: decimals or thousands separators (not a 序号 or a code). */
const isMoney = (text: string): boolean => isNumberCell(text) && /[.,]/.test(text);

/**
 * Rows whose cells collided on the grid (a page printed a few characters to the left of the
 * others, so a name reaches over an amount column): their leading text goes to the label
 * columns by position, and their amounts to the amount columns in printed order, each under
 * the column nearest overall (`matchInOrder`), so a shifted page keeps its amounts in their
 * columns instead of being read cell by cell in order. Rows with amounts before text, or with
 * more amounts than amount columns, keep the order fallback.
 */
function placeClashedRows(clashedRows: readonly BodyRow[], layout: TableLayout, metric: Metric): void {
  const columns = layout.columns;
  const clashed = new Set(clashedRows);
  // The first amount column: the first that holds amounts in a fair share of the rows. A row
  // with an amount left of it (under the names) is misplaced too.
  const counts = columns.map(() => 0);
  let withMoney = 0;
  for (const row of layout.rows) {
    if (clashed.has(row) || row.line.tabbed) continue;
    if (row.cells.some(isMoney)) withMoney++;
    row.cells.forEach((c, i) => { if (isMoney(c)) counts[i]!++; });
  }
  const firstMoney = counts.findIndex((n) => n >= Math.max(2, 0.2 * withMoney));
  if (firstMoney < 0) return;
  const rows = layout.rows.filter((r) => clashed.has(r) || (!r.line.tabbed && r.cells.slice(0, firstMoney).some(isMoney)));
  if (rows.length === 0) return;
  const amountCols = columns.map((_, i) => i).filter((i) => i >= firstMoney && !columns[i]!.role);
  const labelCols = columns.map((_, i) => i).filter((i) => i < firstMoney);
  const box = (c: { start: number; end: number }) => ({ x0: c.start, x1: c.end });
  for (const row of rows) {
    const filled = row.line.cells.filter((c) => c.text !== '');
    const first = filled.findIndex((c) => isMoney(c.text));
    if (first < 0) continue;
    const labels = filled.slice(0, first);
    const amounts = filled.slice(first);
    if (amounts.some((c) => !isNumberCell(c.text)) || amounts.length > amountCols.length || labels.length > labelCols.length) continue;
    const cells = new Array<string>(columns.length).fill('');
    const places = matchInOrder(amounts.map((c) => box(spanOf(c, metric))), amountCols.map((i) => box(columns[i]!)));
    if (places.some((p) => p < 0)) continue;
    amounts.forEach((c, k) => (cells[amountCols[places[k]!]!] = c.text));
    const labelPlaces = matchInOrder(labels.map((c) => box(spanOf(c, metric))), labelCols.map((i) => box(columns[i]!)));
    labels.forEach((c, k) => (cells[labelCols[labelPlaces[k]!]!] = c.text));
    row.cells = cells;
  }
}

function spanOf(cell: Cell, metric: Metric): { start: number; end: number } {
  const [start, end] = span(cell, metric);
  return { start, end };
}
