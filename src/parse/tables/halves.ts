/**
 * 表1 and 表4 print income on the left and expenditure on the right of one row. Split each
 * row into its two halves, each a name, an optional 行次 and one or more amounts.
 */
import { functionClassCode, stripNumbering } from '../codes.js';
import { panelName, readPanels } from '../grid/panels.js';
import { isNumberCell, parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { chooseMetric } from './space-columns.js';

export interface Half {
  name: string;
  /** The label as printed, list numbering kept ("1、一般公共预算"): its depth places 其中 parts. */
  printed?: string;
  line?: number;
  /** Amount cell indices of this half with their header text (`label`: without group words, panels.ts). */
  amounts: { index: number; header: string; label?: string }[];
}

export interface HalfLayout {
  left: { from: number; to: number };
  right: { from: number; to: number };
  /** Column content, when the split was read from it. */
  content?: ('amount' | 'text' | 'empty')[];
}

/**
 * What the body rows put in each column: amounts, text (names), or nothing. Read from the
 * content, so a name column with no header of its own (项目 centred elsewhere) still counts.
 */
export function columnContent(layout: TableLayout, width: number): ('amount' | 'text' | 'empty')[] {
  const out: ('amount' | 'text' | 'empty')[] = [];
  for (let i = 0; i < width; i++) {
    let amounts = 0;
    let words = 0;
    for (const row of layout.rows) {
      const cell = (row.cells[i] ?? '').trim();
      if (cell === '') continue;
      if (isNumberCell(cell) || /^[-—–]$/.test(cell)) amounts++;
      else if (!/^\d{1,3}$/.test(cell)) words++;
    }
    out.push(amounts === 0 && words === 0 ? 'empty' : amounts >= words ? 'amount' : 'text');
  }
  return out;
}

/**
 * The right half starts at the first name column after the left side's amounts, read from
 * the content; else at the second 项目 column (or the 支出 column).
 */
export function splitHalves(layout: TableLayout, rowWidth: number): HalfLayout {
  const columns = layout.columns;
  const content = columnContent(layout, Math.max(columns.length, rowWidth));
  const firstAmount = content.indexOf('amount');
  const rightName = firstAmount >= 0 ? content.findIndex((c, i) => i > firstAmount && c === 'text') : -1;
  if (firstAmount > 0 && rightName > firstAmount && content.slice(rightName).includes('amount')) {
    const width = Math.max(columns.length, rowWidth);
    return { left: { from: 0, to: rightName }, right: { from: rightName, to: width }, content };
  }
  const projectCols = columns.map((c, i) => (/项目/.test(c.text) ? i : -1)).filter((i) => i >= 0);
  let split = projectCols.length >= 2 ? projectCols[1]! : columns.findIndex((c, i) => i > 0 && /^支出/.test(c.text));
  const width = Math.max(columns.length, rowWidth);
  if (split <= 0) split = Math.floor(width / 2);
  return { left: { from: 0, to: split }, right: { from: split, to: width } };
}

/** Read one half of a row: name cell, 行次 cell (under a 行次 header), amount cells. */
export function readHalf(
  layout: TableLayout,
  row: BodyRow,
  range: { from: number; to: number },
  content?: ('amount' | 'text' | 'empty')[],
): Half {
  const columns = layout.columns;
  let name = '';
  let printed = '';
  let line: number | undefined;
  const amounts: Half['amounts'] = [];
  if (content) {
    // Columns by content: the label columns before the first amount column hold the name
    // (a 合计 centred under a 项目 header lands in the next one); 行次 by its header.
    const first = content.findIndex((c, i) => i >= range.from && i < range.to && c === 'amount');
    const labelEnd = first < 0 ? range.to : first;
    const label: string[] = [];
    for (let i = range.from; i < range.to; i++) {
      const header = columns[i]?.text ?? '';
      const cell = row.cells[i] ?? '';
      if (/行次/.test(header)) {
        if (/^\d{1,3}$/.test(cell)) line = Number(cell);
      } else if (i < labelEnd) {
        if (cell !== '') label.push(cell);
      } else amounts.push({ index: i, header });
    }
    const half: Half = { name: stripNumbering(label.join('')).replace(/\s+/g, ''), printed: label.join(''), amounts };
    if (line !== undefined) half.line = line;
    return half;
  }
  for (let i = range.from; i < range.to; i++) {
    const header = columns[i]?.text ?? '';
    const cell = row.cells[i] ?? '';
    // The list numbering ("一、", "二十六、") is layout, not part of the name.
    if (i === range.from) {
      name = stripNumbering(cell).replace(/\s+/g, '');
      printed = cell;
    }
    else if (/行次/.test(header)) {
      if (/^\d{1,3}$/.test(cell)) line = Number(cell);
    } else amounts.push({ index: i, header });
  }
  const half: Half = { name, printed, amounts };
  if (line !== undefined) half.line = line;
  return half;
}

/** One body row read as its sides: [income side, expenditure side] (more for wider tables). */
export interface SideRow {
  row: BodyRow;
  left: Half;
  right: Half;
  /** Sides beyond the two the schema has (经济分类 / 支出用途 columns of a 部门综合预算 总表). */
  others: Half[];
  /** Two amounts fell on one slot: the row is not read. */
  ambiguous: boolean;
}

/**
 * The rows of 表1 / 表4 as sides. Tab text keeps its exact columns (splitHalves); space
 * text is read as panels from the typed runs (grid/panels.ts), so a name never lands in an
 * amount column it happens to overlap. With more than two sides, the expenditure side is
 * the one whose names are 功能分类 类 names (else the second).
 */
export function readSides(layout: TableLayout): { rows: SideRow[]; sides: number; serial: boolean; otherLabels: string[] } {
  if (layout.rows.length === 0 || layout.rows.every((r) => r.line.tabbed)) {
    const width = Math.max(0, ...layout.rows.map((r) => r.cells.length));
    const halves = splitHalves(layout, width);
    const rows = layout.rows.map((row) => ({
      row,
      left: readHalf(layout, row, halves.left, halves.content),
      right: readHalf(layout, row, halves.right, halves.content),
      others: [],
      ambiguous: false,
    }));
    return { rows, sides: 2, serial: false, otherLabels: [] };
  }
  const metric = chooseMetric(layout.rows.map((r) => r.line));
  const grid = readPanels(layout.rows, layout.columns, metric, layout.breaks, layout.header);
  const votes = grid.panels.map(() => 0);
  for (const r of grid.rows) r.cells.forEach((c, i) => (votes[i]! += functionClassCode(c.name) ? 1 : 0));
  let expenditure = grid.panels.length > 1 ? 1 : 0;
  for (let i = 1; i < votes.length; i++) if (votes[i]! > votes[expenditure]!) expenditure = i;
  const rows = grid.rows.map((r) => {
    // The row's cells become the sides laid end to end; each Half points into them.
    const cells: string[] = [];
    // An amount placed under 行次 (a row whose amounts sit off their columns): it would be
    // lost without a word, so the row is not read and is said (the caller's columns-ambiguous).
    let misplaced = false;
    const halves = r.cells.map((c, p) => {
      cells.push(c.name);
      // printed keeps the list numbering ("1、一般公共预算"): its depth places 其中 parts (nestParts).
      const half: Half = { name: panelName(c.name), printed: c.name, amounts: [] };
      grid.panels[p]!.amounts.forEach((slot, k) => {
        const text = c.amounts[k] ?? '';
        if (/行次/.test(slot.header)) {
          if (/^\d{1,3}$/.test(text)) half.line = Number(text);
          else if (text !== '') misplaced = true;
          return;
        }
        half.amounts.push({ index: cells.length, header: slot.header, ...(slot.label !== undefined ? { label: slot.label } : {}) });
        cells.push(text);
      });
      return half;
    });
    const row: BodyRow = { line: r.row.line, cells };
    const empty: Half = { name: '', amounts: [] };
    return {
      row,
      left: halves[0] ?? empty,
      right: (expenditure > 0 ? halves[expenditure] : undefined) ?? empty,
      others: halves.filter((_, i) => i !== 0 && i !== expenditure),
      ambiguous: r.ambiguous || misplaced,
    };
  });
  // The other sides' header labels, in the order of `others`.
  const otherLabels = grid.panels.filter((_, i) => i !== 0 && i !== expenditure).map((p) => p.label);
  return { rows, sides: grid.panels.length, serial: grid.serial, otherLabels };
}

/**
 * Space text read as panels (readSides) places every run by its own type and side, never on
 * the shared column grid: the grid's doubts about those rows (columns-ambiguous from
 * alignRows, e.g. on every 表1 line whose two amounts fill 2 of the grid's many columns) no
 * longer apply. Rows the panels themselves cannot place are reported by the caller.
 */
export function dropGridDoubts(rows: readonly SideRow[], warnings: WarningSink): void {
  if (rows.length === 0 || rows.every((r) => r.row.line.tabbed)) return;
  warnings.withdraw('columns-ambiguous', new Set(rows.map((r) => r.row.line.no)));
}

/** Digits with separators or points in any order: printed as an amount, whether readable or not. */
const AMOUNT_LIKE = /^[-+－]?[\d,，.．]*\d[\d,，.．]*$/;

/**
 * Runs of a side row printed like an amount that is none ("6443.61044.59": two columns run
 * together; "2,4169.74": a misplaced separator). Read as panels, such a run is typed a name,
 * and its amounts are lost without a word: the sums of the table then fail as if the
 * document did not add up. Each is said (`number-unreadable`), which makes the table's cells
 * doubtful for the audit.
 */
export function warnBrokenAmounts(layout: TableLayout, rows: readonly { row: BodyRow }[], warnings: WarningSink): void {
  for (const { row } of rows) {
    if (row.line.tabbed) continue;
    for (const cell of row.line.cells) {
      const text = cell.text.replace(/\s+/g, '');
      if (AMOUNT_LIKE.test(text) && parseNumber(text) === undefined) {
        warnings.add('number-unreadable', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), value: cell.text }, 'run');
      }
    }
  }
}
