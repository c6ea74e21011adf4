/**
 * Amount columns printed before a function table's first keyed column. A 决算 表5 of some
 * regions prints 年初预算数 | 调整预算数 before 决算数 (小计 | 基本支出 | 项目支出) and the
 * 决算数为年初预算数的% columns after it; those two budgets now have keys (budgetAtStart,
 * budgetAdjusted: function.ts keysFor), so this walk matters for the amount columns left of
 * the first keyed one that still have none (a budget's groups, other regions' words). They
 * hold amounts, not words: they are not part of the row's 科目名称 (which read
 * "一般公共服务支出15.0020.00"), but amounts kept as printed (column-kept), like any unkeyed
 * column to the right.
 */
import { isNumberCell } from '../numbers.js';
import type { TableLayout } from './layout.js';

/**
 * The index where a row's amounts start: `firstKeyed`, or further left over the unkeyed
 * columns right before it that hold amounts and nothing else (a decimal amount in some row,
 * no word in any) under a header of their own. A code or name column (role, or the words it
 * holds) stops the walk.
 */
export function amountsStart(layout: TableLayout, firstKeyed: number): number {
  let start = firstKeyed;
  for (let i = firstKeyed - 1; i > 0; i--) {
    // Only a headed column (年初预算数): a stray number left of the amounts (a page number
    // "— 18 —" between the rows) opens a column with no header, which is not one of them.
    const column = layout.columns[i];
    if (!column || column.role !== undefined || column.text.replace(/\s+/g, '') === '') break;
    let decimals = 0;
    let words = 0;
    for (const row of layout.rows) {
      const cell = (row.cells[i] ?? '').trim();
      if (cell === '') continue;
      if (!isNumberCell(cell)) words++;
      else if (/[.,]/.test(cell)) decimals++;
    }
    // Whole numbers alone could be codes (201 | 04 | 01 split over 类/款/项 columns).
    if (words > 0 || decimals === 0) break;
    start = i;
  }
  return start;
}
