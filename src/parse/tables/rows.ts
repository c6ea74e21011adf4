/**
 * Stage 7 of the table path (docs: ../shared/docs/parse-design.md): body lines → logical rows.
 *
 * A printed row is not always one line. pdftotext prints a cell wrapped over two lines
 * centred on its row: the first half of a name above the amounts and the rest below
 * ("其他教育费附加安排的" / "2050999  178.70 …" / "支出"); a page break can fall between a
 * row's code and its amounts (the page number in between is furniture, already gone); a
 * 合计 row in tabbed text may print fewer leading blank cells than the coded rows. This
 * stage puts each logical row back together before any reader looks at it, so the readers
 * keep seeing one `BodyRow` per row. One pass, linear in the rows.
 */
import { isNumberCell } from '../numbers.js';
import type { BodyRow, TableLayout } from './layout.js';

/** A 类/款/项 or economic code: whole, split inside one cell ("208 05 05"). */
const CODE = /^(?:\d{3}(?:\d{2}){0,2}|\d{3}(?: \d{1,2}){1,2})$/;
const TOTAL = /^(?:合计|总计|小计|本年(?:收入|支出)合计|收入合计|支出合计)$/;
/** "其中：一般公共预算资金", "其中:", "其中" and "其中：2026 年…" (a header piece has no amounts). */
const PART = /^其中[:：]?/;

export type RowKind = 'data' | 'total' | 'part' | 'heading';

/**
 * What a logical row is: `total` (合计/总计/小计), `part` (a 其中 line, a part of the row
 * above, never a row of its own), `data` (a coded row), or `heading` (a named row without a
 * code: a unit's heading in a table that lists its units, an uncoded 功能分类 row).
 */
export function rowKind(cells: readonly string[]): RowKind {
  const label = labelCells(cells);
  const first = (label[0] ?? '').replace(/\s+/g, '');
  if (label.length > 0 && CODE.test(label[0]!.trim())) return 'data';
  if (TOTAL.test(first)) return 'total';
  if (PART.test(first)) return 'part';
  return 'heading';
}

/**
 * The filled cells before the first amount: the row's code (a whole code first, or a 类 code
 * followed by its 款/项 parts "208 | 05 | 05") and its name. Only the first filled cell can
 * be a code, so an integer amount "300" after a name is an amount, never a 类 code.
 */
function labelCells(cells: readonly string[]): string[] {
  return cells.slice(0, labelEnd(cells)).filter((c) => c.trim() !== '').map((c) => c.trim());
}

/** Index one past the row's label cells (= the index of its first amount, or the length). */
function labelEnd(cells: readonly string[]): number {
  let i = 0;
  while (i < cells.length && cells[i]!.trim() === '') i++;
  if (i < cells.length && CODE.test(cells[i]!.trim())) {
    const whole = /^\d{3}$/.test(cells[i]!.trim());
    i++;
    for (let parts = 0; whole && parts < 2 && i < cells.length && /^\d{1,2}$/.test(cells[i]!.trim()); parts++) i++;
  }
  while (i < cells.length && !isNumberCell(cells[i]!)) i++;
  return i;
}

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '');
/** Filled cells that are amounts (a code is not an amount). */
const amountCount = (cells: readonly string[]) => {
  const label = labelCells(cells).length;
  return filled(cells).length - label;
};
/** A line of amounts and nothing else ("⇥⇥300⇥⇥300"): its first number is an amount, not a code. */
const amountsOnly = (row: BodyRow) => filled(row.cells).length > 0 && filled(row.cells).every((c) => isNumberCell(c)) && row.cells.findIndex((c) => c.trim() !== '') > 0;
const fragment = (row: BodyRow) => filled(row.cells).length > 0 && !/\d/.test(row.line.text);
const adjacent = (a: BodyRow, b: BodyRow) => b.line.no === a.line.no + 1;

/** A line that is nothing but a 款 or 项 code (5 or 7 digits: a 3-digit number may be an amount). */
const codeLine = (row: BodyRow) => /^\d{5}(?:\d{2})?$/.test(row.line.text.trim());

/** A line with a code (and maybe the tail of a name) but no amounts. */
function codedWithoutAmounts(row: BodyRow): boolean {
  const label = labelCells(row.cells);
  return label.length > 0 && CODE.test(label[0]!) && amountCount(row.cells) === 0;
}

/** A named row with amounts and no code (not a 合计, not a 其中 part). */
function uncodedAmounts(row: BodyRow): boolean {
  const label = labelCells(row.cells);
  return label.length > 0 && amountCount(row.cells) > 0 && rowKind(row.cells) === 'heading' && !/\d/.test(label.join(''));
}

/** The named row with the code put in the empty cell before its name; undefined when there is none. */
function withCode(row: BodyRow, code: BodyRow): BodyRow | undefined {
  const at = row.cells.findIndex((c) => c.trim() !== '');
  if (at <= 0 || row.cells[at - 1]!.trim() !== '') return undefined;
  const cells = [...row.cells];
  cells[at - 1] = code.line.text.trim();
  return { line: row.line, cells };
}

/** Two rows whose filled cells never share a column: one row printed over two lines. */
function complementary(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] ?? '').trim() !== '' && (b[i] ?? '').trim() !== '') return false;
  return true;
}

function overlay(a: readonly string[], b: readonly string[]): string[] {
  const n = Math.max(a.length, b.length);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = (a[i] ?? '').trim() !== '' ? a[i]! : (b[i] ?? '');
  return out;
}

/**
 * Where a wrapped name goes in an amounts row: the first empty cell after its code (or the
 * first cell, for a row with no code), as long as it comes before the first amount.
 */
function nameSlot(cells: readonly string[]): number {
  const end = labelEnd(cells);
  const label = labelCells(cells);
  if (label.length > 1 || (label.length === 1 && !CODE.test(label[0]!))) return -1;
  const code = label.length === 1 ? cells.findIndex((c) => c.trim() !== '') : -1;
  for (let i = code + 1; i < end; i++) if (cells[i]!.trim() === '') return i;
  return -1;
}

/**
 * A row labelled in several cells (功能分类 | 经济分类 | 经济分类, each "code-name", Beijing
 * 预算03表) whose first label cell wrapped around its line of amounts: "2080505-机关事业单位基本养老"
 * above, "  50102-社会保障缴费  30108-…  1,865.28 …", "保险缴费支出" below. A text-only line
 * below with one cell, under the row's first label cell (or an empty cell before it), is that
 * cell's tail; the line above with one cell there and no amounts is its head, taken only with
 * a tail (pdftotext centres a wrapped cell on its row; a lone line above may be a heading). A
 * tail over a next row (`after`) whose cell there is empty may be that row's head instead: left
 * alone. Undefined when nothing applies.
 */
function wrappedLabelCells(
  row: BodyRow,
  above: BodyRow | undefined,
  below: BodyRow | undefined,
  after: BodyRow | undefined,
): { cells: string[]; above: boolean; below: boolean } | undefined {
  const label = labelCells(row.cells);
  // A code | name row keeps its own joining (nameSlot, or the reader's name continuation).
  if (fragment(row) || amountCount(row.cells) === 0 || label.length < 2 || CODE.test(label[0]!)) return undefined;
  // The wrapped cell is the row's first label cell, or an empty cell before it.
  const first = row.cells.findIndex((c) => c.trim() !== '');
  const only = (r: BodyRow | undefined) => {
    const at = r ? r.cells.flatMap((c, k) => (c.trim() === '' ? [] : [k])) : [];
    return at.length === 1 && at[0]! <= first ? at[0]! : -1;
  };
  const k = only(below);
  if (!below || k < 0 || !adjacent(row, below) || !fragment(below)) return undefined;
  // Text over the next row's empty cell may be the head of that row's own wrapped cell.
  if (after && adjacent(below, after) && (after.cells[k] ?? '').trim() === '') return undefined;
  const head = above && adjacent(above, row) && amountCount(above.cells) === 0 && only(above) === k ? above : undefined;
  // An empty cell takes a tail only with its head: a lone line below may be a heading.
  if (k < first && !head) return undefined;
  const cells = [...row.cells];
  cells[k] = ((head?.cells[k] ?? '') + (cells[k] ?? '') + below.cells[k]!).replace(/\s+/g, '');
  return { cells, above: head !== undefined, below: true };
}

/**
 * Join the lines of each logical row, in place:
 * - a coded (or 合计) row with no amounts, then a row of amounts only whose cells fall where
 *   the first has none (a page break between them, or a row printed over two lines): one row;
 * - a row of amounts whose name cell is empty (only a code, or nothing) takes the text-only
 *   line printed right above it and the one right below it as its name;
 * - a row labelled in several cells takes a wrapped label cell's head and tail into that cell
 *   (wrappedLabelCells).
 * The joined row keeps the amounts' line as its provenance.
 */
export function assembleRows(layout: TableLayout): void {
  const rows = layout.rows;
  const out: BodyRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    // A 款/项 code printed alone on the line below its named row (or above it).
    if (next && codeLine(next) && uncodedAmounts(row) && withCode(row, next)) {
      out.push(withCode(row, next)!);
      i++;
      continue;
    }
    if (next && codeLine(row) && uncodedAmounts(next) && !(out.length > 0 && uncodedAmounts(out[out.length - 1]!)) && withCode(next, row)) {
      out.push(withCode(next, row)!);
      i++;
      continue;
    }
    const label = labelCells(row.cells);
    if (
      next &&
      label.length > 0 &&
      (CODE.test(label[0]!) || TOTAL.test(label[0]!.replace(/\s+/g, ''))) &&
      amountCount(row.cells) === 0 &&
      amountsOnly(next) &&
      complementary(row.cells, next.cells)
    ) {
      out.push({ line: next.line, cells: overlay(row.cells, next.cells) });
      i++;
      continue;
    }
    // "机关事业单位基本养老保" / amounts / "2080505   险缴费支出": a row of amounts between the
    // head of its name and a line with its code and the tail of the name.
    const above = out[out.length - 1];
    if (
      next &&
      above &&
      amountsOnly(row) &&
      fragment(above) &&
      adjacent(above, row) &&
      adjacent(row, next) &&
      codedWithoutAmounts(next) &&
      complementary(row.cells, next.cells)
    ) {
      const cells = overlay(next.cells, row.cells);
      const nameAt = cells.findIndex((c, k) => k > 0 && c.trim() !== '' && !isNumberCell(c));
      const head = filled(above.cells).join('');
      if (nameAt >= 0) cells[nameAt] = (head + cells[nameAt]!).replace(/\s+/g, '');
      else {
        const slot = nameSlot(cells);
        if (slot >= 0) cells[slot] = head.replace(/\s+/g, '');
      }
      out.pop();
      out.push({ line: row.line, cells });
      i++;
      continue;
    }
    const wrapped = wrappedLabelCells(row, out[out.length - 1], next, rows[i + 2]);
    if (wrapped) {
      if (wrapped.above) out.pop();
      out.push({ line: row.line, cells: wrapped.cells });
      if (wrapped.below) i++;
      continue;
    }
    if (!fragment(row) && amountCount(row.cells) > 0) {
      const slot = nameSlot(row.cells);
      if (slot >= 0) {
        const above = out[out.length - 1];
        const below = next && fragment(next) && adjacent(row, next) ? next : undefined;
        const takeAbove = above && fragment(above) && adjacent(above, row);
        if (takeAbove || below) {
          const parts: string[] = [];
          if (takeAbove) parts.push(filled(out.pop()!.cells).join(''));
          if (below) parts.push(filled(below.cells).join(''));
          const cells = [...row.cells];
          cells[slot] = parts.join('').replace(/\s+/g, '');
          out.push({ line: row.line, cells });
          if (below) i++;
          continue;
        }
      }
    }
    out.push(row);
  }
  layout.rows = out;
}

/**
 * A 合计 row in tabbed text that prints fewer leading blank cells than the coded rows
 * ("合计⇥300⇥100⇥200" under "科目编码⇥科目名称⇥合计⇥基本⇥项目"): its amounts start one or
 * more columns early. Shift them to where the coded rows' amounts start, when every coded
 * row agrees on that column. Rows of space-aligned text are placed by position already.
 */
export function alignTotalRows(layout: TableLayout): void {
  let start: number | undefined;
  for (const row of layout.rows) {
    if (!row.line.tabbed || rowKind(row.cells) !== 'data') continue;
    const first = firstAmount(row.cells);
    if (first < 0) continue;
    if (start === undefined) start = first;
    else if (start !== first) return;
  }
  if (start === undefined) return;
  for (const row of layout.rows) {
    if (!row.line.tabbed || rowKind(row.cells) !== 'total') continue;
    const first = firstAmount(row.cells);
    if (first < 0 || first >= start) continue;
    const label = row.cells.slice(0, first);
    row.cells = [...label, ...new Array<string>(start - first).fill(''), ...row.cells.slice(first)];
  }
}

function firstAmount(cells: readonly string[]): number {
  const end = labelEnd(cells);
  return end < cells.length ? end : -1;
}
