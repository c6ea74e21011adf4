/**
 * Reading the cells of a body row: amounts with their warnings, and the row's label (code
 * and name) apart from its amounts.
 */
import type { TableId } from '../../schema/primitives.js';
import { readCode } from '../codes.js';
import { parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { where, type BodyRow } from './layout.js';
import { columnName } from '../../audit/cells.js';

/** A printed amount with its sign, or null; an unreadable cell warns and becomes null. */
export function amountCell(
  row: BodyRow,
  index: number,
  column: string,
  id: TableId,
  warnings: WarningSink,
): number | null {
  const text = row.cells[index] ?? '';
  // Remembered so that a column no reader took is kept as printed (tables/index.ts).
  (row.used ??= new Set()).add(index);
  const value = parseNumber(text);
  if (value === undefined) {
    // Schema keys (`basic`) become the printed column names (基本支出) a reader can find.
    const printed = columnName(id, column);
    warnings.add('number-unreadable', { line: row.line.no, text: row.line.raw }, { where: where(id), column: printed, value: text });
    return null;
  }
  // A negative is kept as printed (a 项 reduced by an earlier year's refund): the schema
  // carries the sign and the widgets show it in their tables and notes, never as a mark.
  return value;
}

export interface RowLabel {
  code?: string;
  name: string;
  malformed?: string;
}

/** Code cells, then name cells; reports repairs. */
export function readLabel(cells: string[], row: BodyRow, warnings: WarningSink): RowLabel {
  const { result, used } = readCode(cells);
  const name = cells
    .slice(used)
    .filter((c) => c !== '')
    .join('')
    .trim();
  if (result.kind === 'malformed') return { name, malformed: result.printed };
  if (result.kind === 'code') {
    if (result.repaired) {
      warnings.add('code-repaired', { line: row.line.no, text: row.line.raw }, { printed: result.printed, code: result.code });
    }
    return { code: result.code, name };
  }
  return { name };
}
