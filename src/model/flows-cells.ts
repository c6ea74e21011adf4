/**
 * Reading amounts out of the tables for the flow model: each amount comes with the cell it
 * was printed in, converted to the model's unit. Blank (null) stays distinct from 0 until
 * the model decides not to draw it.
 */
import type { TableId, Unit } from '../schema/primitives.js';
import type { SummaryLine } from '../schema/tables.js';
import type { Localized } from '../format/messages.js';
import { convert } from '../format/units.js';
import { isolate } from '../format/bidi.js';
import type { CellRef, Provenance } from './provenance.js';

/** Printed column names of the function tables, for provenance labels. */
export const COLUMN_LABELS: Record<string, string> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  superiorRemit: '上缴上级支出',
  operating: '经营支出',
  subsidiaryGrant: '对附属单位补助支出',
  amount: '金额',
};

/** An amount with where it came from. */
export interface Cell {
  value: number | null;
  provenance: Provenance;
}

/** Float noise from sums is cut at 6 decimals (overflow-safe). */
import { withoutNoise as clean, withoutConversionNoise } from '../format/number.js';
export { clean };

/** A printed amount in the model's unit; noise is cut relative to its size, so no amount becomes 0. */
export function toUnit(value: number | null | undefined, from: Unit, to: Unit): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return withoutConversionNoise(convert(value, from, to) ?? 0);
}

/** A cell of a summary table (表1, 表4 income side, 表6 totals): row = 行次 when printed. */
export function summaryCell(table: TableId, line: SummaryLine, from: Unit, to: Unit, column = 'amount'): Cell {
  const ref: CellRef = { table, row: line.line !== undefined ? String(line.line) : line.name, column, label: isolate(line.name) };
  const sourceLine = line.source?.line;
  if (sourceLine !== undefined) ref.line = sourceLine;
  return { value: toUnit(line.amount, from, to), provenance: { cells: [ref] } };
}

/** A cell of a function-classification table: row = code, column = key. */
export function functionCell(
  table: TableId,
  row: { code: string; name: string; values: Record<string, number | null | undefined>; derived?: RowDerived; source?: { line?: number } },
  column: string,
  from: Unit,
  to: Unit,
): Cell {
  const ref: CellRef = { table, row: row.code, column, label: `${isolate(row.name)} ${COLUMN_LABELS[column] ?? column}` };
  if (row.source?.line !== undefined) ref.line = row.source.line;
  return { value: toUnit(row.values[column], from, to), provenance: withUnitsSum({ cells: [ref] }, row) };
}

/** Why a row is printed nowhere (schema `derived`). */
type RowDerived = 'unitsSum' | 'crossSum';

/** What a row summed from the units' rows (schema `derived: 'unitsSum'`) says it is. */
export const UNITS_SUM: Localized = {
  'zh-CN': '推算：表中未印部门数，为各单位同一科目金额之和',
  en: "Derived: the table prints no department row; the sum of the units' rows under this code",
};

/** What a row summed from its 功能 × 经济 pairs (schema `derived: 'crossSum'`) says it is. */
export const CROSS_SUM: Localized = {
  'zh-CN': '推算：表中未单列该科目，为其按经济分类列出的各行之和',
  en: 'Derived: the table prints no row for this code alone; the sum of its rows by economic classification',
};

/** A cell's provenance, marked derived when its row is a sum the table does not print. */
export function withUnitsSum(provenance: Provenance, row: { derived?: RowDerived }): Provenance {
  if (row.derived === 'unitsSum') return { ...provenance, derived: UNITS_SUM };
  if (row.derived === 'crossSum') return { ...provenance, derived: CROSS_SUM };
  return provenance;
}

/** A value computed from several cells, with how in both languages. */
export function derivedCell(value: number, cells: CellRef[], how: Localized): Cell {
  return { value: clean(value), provenance: { cells, derived: how } };
}

/** True for a printed amount below zero: kept and counted, never drawn as a band. */
export function isNegative(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && value < 0;
}

/** True for an amount worth drawing: printed and not zero. */
export function drawable(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && value > 0;
}

/**
 * The rounding tolerance of the audit (disclosure-format.md §5): a sum of n printed terms
 * may be off by n × half a unit of the last digit.
 */
export function tolerance(terms: number, unit: Unit): number {
  if (unit === '元') return Math.max(1, terms);
  return Math.max(0.05, 0.005 * terms);
}
