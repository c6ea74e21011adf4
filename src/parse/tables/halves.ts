/**
 * 表1 and 表4 print income on the left and expenditure on the right of one row. Split each
 * row into its two halves, each a name, an optional 行次 and one or more amounts.
 */
import { stripNumbering } from '../codes.js';
import type { BodyRow, TableLayout } from './layout.js';

export interface Half {
  name: string;
  line?: number;
  /** Amount cell indices of this half with their header text. */
  amounts: { index: number; header: string }[];
}

export interface HalfLayout {
  left: { from: number; to: number };
  right: { from: number; to: number };
}

/** The right half starts at the second 项目 column (or the 支出 column). */
export function splitHalves(layout: TableLayout, rowWidth: number): HalfLayout {
  const columns = layout.columns;
  const projectCols = columns.map((c, i) => (/项目/.test(c.text) ? i : -1)).filter((i) => i >= 0);
  let split = projectCols.length >= 2 ? projectCols[1]! : columns.findIndex((c, i) => i > 0 && /^支出/.test(c.text));
  const width = Math.max(columns.length, rowWidth);
  if (split <= 0) split = Math.floor(width / 2);
  return { left: { from: 0, to: split }, right: { from: split, to: width } };
}

/** Read one half of a row: name cell, 行次 cell (under a 行次 header), amount cells. */
export function readHalf(layout: TableLayout, row: BodyRow, range: { from: number; to: number }): Half {
  const columns = layout.columns;
  let name = '';
  let line: number | undefined;
  const amounts: Half['amounts'] = [];
  for (let i = range.from; i < range.to; i++) {
    const header = columns[i]?.text ?? '';
    const cell = row.cells[i] ?? '';
    // The list numbering ("一、", "二十六、") is layout, not part of the name.
    if (i === range.from) name = stripNumbering(cell).replace(/\s+/g, '');
    else if (/行次/.test(header)) {
      if (/^\d{1,3}$/.test(cell)) line = Number(cell);
    } else amounts.push({ index: i, header });
  }
  const half: Half = { name, amounts };
  if (line !== undefined) half.line = line;
  return half;
}
