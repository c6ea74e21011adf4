/**
 * Stage 4 from the rows that print every amount: a table whose rows print a value in every
 * amount column (0.00 included, as 深圳's 支出总表 does) needs no positions to place them.
 *
 * pdftotext lays out each page of a long table anew and wraps unit names around their
 * amounts, so column bands learned by position can split one column in two or merge two
 * (深圳人社 支出总表: 49 pages, 9 amount columns read as 10, every row a clash). When the header
 * tree has N amount leaves and most rows print exactly N amounts, those rows are placed in
 * order, one amount per leaf; a row with fewer amounts is placed by position against where
 * the full rows of its own page put each column (`matchInOrder`). The grid is rebuilt only
 * when the positional one disagrees with the full rows, so tables read right keep their grid.
 * Linear in the rows (times the columns).
 */
import type { Cell } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import { headerLeaves, matchInOrder, type Leaf } from '../grid/header-tree.js';
import { pageBlocks } from './page-columns.js';
import type { Metric } from './space-columns.js';
import type { BodyRow, Column, TableLayout } from './layout.js';

/** An amount as printed in a table body: decimals or thousands separators (not a 序号 or a code). */
const isMoney = (text: string): boolean => isNumberCell(text) && /[.,]/.test(text);
/** Leaves that label a row rather than hold an amount. */
const LABEL_LEAF = /单位|编码|代码|科目|名称|序号|^项目$|栏次|行次|年度/;
const WHOLE_CODE = /^\d{3}(?:\d{2}){0,2}$/;

const span = (cell: Cell, metric: Metric): [number, number] => (metric === 'chars' ? [cell.cstart, cell.cend] : [cell.start, cell.end]);

/** A row's printed cells: its label runs, and its amounts from the first money cell on. */
function split(row: BodyRow): { labels: Cell[]; amounts: Cell[] } | undefined {
  const filled = row.line.cells.filter((c) => c.text !== '');
  const first = filled.findIndex((c) => isMoney(c.text));
  if (first < 0) return undefined;
  const amounts = filled.slice(first);
  if (amounts.some((c) => !isNumberCell(c.text))) return undefined;
  return { labels: filled.slice(0, first), amounts };
}

const isLabelText = (text: string) => LABEL_LEAF.test(text) && !/支出|收入|合计|总计|小计/.test(text);
const isLabelColumn = (c: Column) => c.role !== undefined || isLabelText(c.text);

/** The amount leaves of the header: the leaves after the leading label leaves. */
function splitLeaves(layout: TableLayout, metric: Metric): { labels: Leaf[]; amounts: Leaf[] } {
  const header = (layout.header ?? []).filter((l) => l.cells.some((c) => c.text !== ''));
  if (header.length === 0) return { labels: [], amounts: [] };
  const leaves = headerLeaves(header.map((l) => l.cells.filter((c) => c.text !== '').map((c) => ({ text: c.text, x0: span(c, metric)[0], x1: span(c, metric)[1] }))));
  let k = 0;
  while (k < leaves.length && isLabelText(leaves[k]!.text)) k++;
  return { labels: leaves.slice(0, k), amounts: leaves.slice(k) };
}

/**
 * Re-place the rows of a space-aligned table by its full rows when its positional grid
 * disagrees with them. Mutates `layout.columns` and the rows' cells; returns the line numbers
 * of the rows it placed (empty when the grid stays).
 */
export function placeByFullRows(layout: TableLayout, gridMetric: Metric): Set<number> {
  const placed = new Set<number>();
  if (layout.rows.length === 0 || layout.rows.some((r) => r.line.tabbed)) return placed;
  const parts = layout.rows.map(split);
  const withMoney = parts.filter((p) => p !== undefined).length;
  // The header tree under both metrics (pdftotext squeezes CJK headers): the one whose leaves
  // the most rows fill; the grid's own on a tie.
  const other: Metric = gridMetric === 'chars' ? 'display' : 'chars';
  const fullCount = (n: number) => parts.filter((p) => p?.amounts.length === n).length;
  const trees = ([gridMetric, other] as const).map((m) => ({ metric: m, ...splitLeaves(layout, m) }));
  const best = trees.reduce((a, b) => (fullCount(b.amounts.length) > fullCount(a.amounts.length) ? b : a));
  const { metric, labels: labelLeaves, amounts: leaves } = best;
  const n = leaves.length;
  if (n < 2) return placed;
  const full = fullCount(n);
  if (withMoney < 1 || full < 0.6 * withMoney) return placed;
  // The label columns: the leading columns with a label role or a label header (预算单位 | 科目编码 | 科目名称).
  let firstAmount = 0;
  while (firstAmount < layout.columns.length && isLabelColumn(layout.columns[firstAmount]!)) firstAmount++;
  // No label column in the grid (one row under a header that reaches over its name): the label leaves'.
  const labelCols =
    firstAmount > 0 ? layout.columns.slice(0, firstAmount) : labelLeaves.map((l): Column => ({ text: l.text, parts: [...l.groups, l.text], start: l.x0, end: l.x1 }));
  if (labelCols.length === 0) return placed;
  const amountCols = layout.columns.slice(firstAmount).filter((c) => !c.role);
  // The grid agrees when it has N amount columns and every full row fills them in order.
  const agrees =
    firstAmount > 0 &&
    amountCols.length === n &&
    layout.columns.length === firstAmount + n &&
    layout.rows.every((row, r) => parts[r]?.amounts.length !== n || row.cells.slice(firstAmount).every((c) => isNumberCell(c)));
  if (agrees) return placed;
  // Where each page's full rows put each column (pages are laid out anew).
  const blocks = pageBlocks(layout);
  const bandsOf = (from: number, to: number) => {
    const bands: { x0: number; x1: number }[] = [];
    for (let r = from; r < to; r++) {
      const p = parts[r];
      if (p?.amounts.length !== n) continue;
      p.amounts.forEach((c, k) => {
        const [x0, x1] = span(c, metric);
        const b = bands[k];
        if (!b) bands[k] = { x0, x1 };
        else {
          b.x0 = Math.min(b.x0, x0);
          b.x1 = Math.max(b.x1, x1);
        }
      });
    }
    return bands.length === n ? bands : undefined;
  };
  const whole = bandsOf(0, layout.rows.length)!;
  const columns: Column[] = [
    ...labelCols,
    ...leaves.map((leaf, k) => ({ text: [...leaf.groups, leaf.text].join(''), parts: [...leaf.groups, leaf.text], start: whole[k]!.x0, end: whole[k]!.x1 })),
  ];
  const labelBoxes = labelCols.map((c) => ({ x0: c.start, x1: c.end }));
  const codeAt = labelCols.findIndex((c) => c.role === 'code');
  const nameAt = labelCols.findIndex((c) => c.role === 'name');
  for (const [from, to] of blocks) {
    const bands = bandsOf(from, to) ?? whole;
    for (let r = from; r < to; r++) {
      const row = layout.rows[r]!;
      const p = parts[r];
      const cells = new Array<string>(columns.length).fill('');
      if (!p) {
        // Text only (a wrapped name): keep it in the label columns where the grid put it.
        row.cells.slice(0, firstAmount).forEach((c, i) => (cells[i] = c));
        const rest = row.cells.slice(firstAmount).join('');
        if (rest !== '') cells[Math.max(0, nameAt)] += rest;
        row.cells = cells;
        continue;
      }
      const places = p.amounts.length === n ? p.amounts.map((_, k) => k) : matchInOrder(p.amounts.map((c) => ({ x0: span(c, metric)[0], x1: span(c, metric)[1] })), bands);
      if (places.some((k) => k < 0)) continue;
      p.amounts.forEach((c, k) => (cells[labelCols.length + places[k]!] = c.text));
      placeLabels(p.labels, cells, labelBoxes, codeAt, nameAt, metric);
      row.cells = cells;
      placed.add(row.line.no);
    }
  }
  layout.columns = columns;
  return placed;
}

/**
 * A year printed apart from its 年 ("2026 | 年": pdftotext splits the 年度 cell of a 三公 row by
 * unit) is one label: placed as two, the year would go to the unit column and 年 alone to 年度.
 */
function joinYears(labels: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of labels) {
    const last = out[out.length - 1];
    if (last && /^(?:19|20)\d{2}$/.test(last.text) && /^年/.test(cell.text)) {
      out[out.length - 1] = { text: last.text + cell.text, start: last.start, end: cell.end, cstart: last.cstart, cend: cell.cend };
    } else out.push(cell);
  }
  return out;
}

/** A leading code goes to the code column and the text after it to the name column; other labels by position. */
function placeLabels(printed: Cell[], cells: string[], boxes: { x0: number; x1: number }[], codeAt: number, nameAt: number, metric: Metric): void {
  const labels = joinYears(printed);
  if (labels.length === 0 || boxes.length === 0) return;
  if (codeAt >= 0 && nameAt >= 0 && WHOLE_CODE.test(labels[0]!.text)) {
    cells[codeAt] = labels[0]!.text;
    cells[nameAt] = labels.slice(1).map((c) => c.text).join('');
    return;
  }
  const places = matchInOrder(labels.map((c) => ({ x0: span(c, metric)[0], x1: span(c, metric)[1] })), boxes);
  labels.forEach((c, k) => {
    const at = places[k]! >= 0 ? places[k]! : boxes.length - 1;
    cells[at] = cells[at] ? cells[at] + c.text : c.text;
  });
}
