/**
 * Where the money went when 表3 prints no 类 rows: some documents print 表3 (支出总表) as one
 * 合计 row (江苏 2019), by unit (西安 2022: one row per 预算单位) or by 功能分类 × 经济分类 rows
 * without 类 rows of their own (北京 2026). 表1's expenditure side still lists the 类 with
 * their printed amounts, so the flows go to those lines (each a printed 表1 cell) rather than
 * to nothing, which would draw the whole income as an imbalance the document does not have.
 */
import type { Disclosure } from '../schema/disclosure.js';
import type { FunctionRow } from '../schema/tables.js';
import { drawable } from './flows-cells.js';
import type { FunctionTableLike } from './flows-spending.js';

/** Whether a function table has a drawable 类 row (a 3-digit code with a total). */
export const hasClassRows = (rows: readonly FunctionRow[] | undefined): boolean =>
  (rows ?? []).some((row) => row.code.length === 3 && drawable(row.values.total));

/**
 * 表1's expenditure lines that carry a 类 code, as a function table keyed `total` (provenance:
 * 表1, the line's 类 code and printed line), or undefined when 表1 has none with an amount.
 * The expenditure kinds (基本/项目) are not split: 表1 prints none per 类.
 */
export function summaryClasses(doc: Disclosure): FunctionTableLike | undefined {
  const t1 = doc.tables.t1;
  if (!t1) return undefined;
  const seen = new Set<string>();
  const rows: FunctionRow[] = [];
  for (const line of t1.expenditure) {
    if (!line.code || line.code.length !== 3 || seen.has(line.code)) continue;
    seen.add(line.code);
    const row: FunctionRow = { code: line.code, name: line.name, values: { total: line.amount } };
    if (line.source) row.source = line.source;
    rows.push(row);
  }
  if (!hasClassRows(rows)) return undefined;
  return { id: 't1', unit: t1.unit, rows, kinds: [], prefix: 'fn:' };
}
