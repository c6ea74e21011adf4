/**
 * Stage 5 for the column grid of space-aligned text: name the amount columns from the header
 * tree's leaves instead of from whichever header pieces happen to overlap them.
 *
 * Wrapped headers break at arbitrary characters ("对附属单位补助支 / 出", "事业单位 / 经营支出")
 * and a fragment printed off its column either opens a column of its own (with no amounts
 * under it) or lends its words to a neighbour. The header tree joins the fragments into
 * leaves; when the columns from the first amount column on (or those of them that hold body
 * amounts) and the leaves over them are equally many, they are the same columns in the same
 * order: each column takes its leaf's path, and a column with no amounts left over (a stray
 * fragment) is dropped. Otherwise the grid is left as it was.
 */
import type { Cell, TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import type { Column } from '../tables/layout.js';
import type { Metric } from '../tables/space-columns.js';
import { headerLeaves } from './header-tree.js';

export function nameColumnsByTree(columns: Column[], header: readonly TextLine[], body: readonly TextLine[], metric: Metric): Column[] {
  const lines = header.filter((l) => l.cells.some((c) => c.text !== ''));
  if (lines.length < 2 || columns.length === 0) return columns;
  const span = (c: Cell): [number, number] => (metric === 'chars' ? [c.cstart, c.cend] : [c.start, c.end]);
  const leaves = headerLeaves(lines.map((l) => l.cells.filter((c) => c.text !== '').map((c) => ({ text: c.text, x0: span(c)[0], x1: span(c)[1] }))));
  const hasAmounts = columns.map(() => false);
  for (const line of body) {
    for (const cell of line.cells) {
      if (!isNumberCell(cell.text) || /^\d{3}(?:\d{2}){0,2}$/.test(cell.text)) continue;
      const [x0, x1] = span(cell);
      columns.forEach((c, i) => {
        if (!c.role && Math.min(x1, c.end) - Math.max(x0, c.start) > 0) hasAmounts[i] = true;
      });
    }
  }
  const first = hasAmounts.indexOf(true);
  if (first < 0) return columns;
  const firstStart = columns[first]!.start;
  const amountLeaves = leaves.filter((l) => (l.x0 + l.x1) / 2 >= firstStart - 2);
  // Every column from the first amount column on is a leaf (blank columns included); else
  // only the columns with amounts are, and the others are stray fragments to drop.
  const all = columns.map((_, i) => i).filter((i) => i >= first && !columns[i]!.role);
  const filled = all.filter((i) => hasAmounts[i]);
  const amountCols = all.length === amountLeaves.length ? all : filled.length === amountLeaves.length ? filled : undefined;
  if (!amountCols || amountCols.length < 2) return columns;
  const drop = new Set(all.filter((i) => !amountCols.includes(i)));
  const out: Column[] = [];
  columns.forEach((column, i) => {
    if (drop.has(i)) return;
    const k = amountCols.indexOf(i);
    if (k < 0) {
      out.push(column);
      return;
    }
    const leaf = amountLeaves[k]!;
    const parts = [...leaf.groups, leaf.text];
    out.push({ ...column, text: parts.join(''), parts });
  });
  return out;
}
