/**
 * All nine tables: lay out each table region, read it with its family's reader, report
 * body lines nobody could read and tables that are not there.
 */
import { scaleKept, scaleTable } from './scaled-unit.js';
import type { TableId, Unit } from '../../schema/primitives.js';
import type { TextLine } from '../lines.js';
import { TABLE_NAMES, type Region } from '../regions.js';
import { WarningSink } from '../warnings.js';
import { parseEconomicTable } from './economic.js';
import { parseFiscalTable } from './fiscal.js';
import { untakenSideColumns } from './side-columns.js';
import { parseFunctionTable, unmappedColumns } from './function.js';
import { readAsPrinted } from './as-printed.js';
import { isNumberCell } from '../numbers.js';
import type { OtherTable } from '../../schema/other-tables.js';
import { layoutTable, where, type TableLayout } from './layout.js';
import { parseSummaryTable } from './summary.js';
import { parseThreePublicTable } from './three-public.js';
import { alignTotalRows, assembleRows } from './rows.js';
import { resolveUncoded } from './uncoded.js';
import { joinHalves } from './joined-halves.js';
import { warnGapsAtBreaks, warnSideGapsAtBreaks } from './break-gaps.js';

const FUNCTION_IDS: ReadonlySet<TableId> = new Set(['t2', 't3', 't5', 't8', 't9']);

export const TABLE_IDS: readonly TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

export function parseTables(
  lines: TextLine[],
  regions: Region[],
  kind: 'final' | 'budget',
  defaultUnit: Unit,
  warnings: WarningSink,
): { tables: Record<string, unknown>; layouts: TableLayout[]; other: OtherTable[] } {
  const tables: Record<string, unknown> = {};
  const layouts: TableLayout[] = [];
  const other: OtherTable[] = [];
  for (const region of regions) {
    if (region.kind !== 'table') continue;
    const id = region.table;
    if (!id) {
      // None of the nine: kept as printed. Its layout's doubts are not the document's tables'.
      const reason = region.like ? { reason: 'duplicate' as const, of: region.like } : { reason: 'untyped' as const };
      const kept = readAsPrinted(assembled(layoutTable(lines, region, defaultUnit, new WarningSink())), { ...asPrinted(region), ...reason });
      if (kept) other.push(kept);
      continue;
    }
    if (id in tables) {
      const line = lines[region.start]!;
      const kept = readAsPrinted(assembled(layoutTable(lines, { ...region, table: undefined }, defaultUnit, new WarningSink())), { ...asPrinted(region), reason: 'duplicate', of: id });
      if (kept) other.push(kept);
      warnings.add(kept ? 'table-duplicate-kept' : 'table-duplicate', { line: line.no, text: line.raw }, { table: where(id) });
      continue;
    }
    // A function table printed in two halves on consecutive pages is read as one wide table.
    const layout = layoutTable((FUNCTION_IDS.has(id) && joinHalves(lines, region)) || lines, region, defaultUnit, warnings);
    // Stage 7: one logical row per printed row (wrapped names, rows broken by a page).
    if (FUNCTION_IDS.has(id)) {
      alignTotalRows(layout);
      assembleRows(layout);
    }
    layouts.push(layout);
    const before = warnings.losing;
    tables[id] = layout.scale ? scaleTable(readTable(layout, kind, warnings), layout.scale) : readTable(layout, kind, warnings);
    reportUnread(layout, warnings);
    // A typed reading that lost lines keeps the whole table as printed too, so that nothing
    // printed is missing from the JSON; otherwise only the columns no schema key took.
    const lost = warnings.losing > before;
    // After `lost`: a gap is a doubt about the sums, not a line the reading lost.
    if (FUNCTION_IDS.has(id) || id === 't6') warnGapsAtBreaks(layout, tables[id], warnings);
    else if (id === 't1' || id === 't4') warnSideGapsAtBreaks(layout, tables[id], warnings);
    if (layout.unitRows) warnings.add('unit-rows-kept', { line: layout.titleLine.no, text: layout.titleLine.raw }, { where: where(id), rows: layout.unitRows });
    const columns = lost || layout.unitRows ? undefined : FUNCTION_IDS.has(id) ? unmappedColumns(layout, kind) : id === 't6' ? untakenColumns(layout) : [];
    if (columns === undefined || columns.length > 0) {
      const whole = lost ? ('read-with-loss' as const) : ('unit-rows' as const);
      const options = columns ? { ...asPrinted(region), of: id, columns, reason: 'unmapped-columns' as const } : { ...asPrinted(region), of: id, reason: whole };
      const kept = readAsPrinted(layout, options);
      if (kept) other.push(layout.scale ? scaleKept(kept, layout.scale) : kept);
    }
    // Cells the reader found under columns the schema has no key for (表7), or 表1 / 表4 side
    // columns no reader took: the table's other unmapped columns.
    const kept = lost || layout.unitRows ? undefined : (layout.kept ?? (layout.sides && untakenSideColumns(layout.sides, id, layout.otherSides)));
    if (kept) {
      const table = { ...asPrinted(region), reason: 'unmapped-columns' as const, of: id, unit: layout.unit, ...kept, source: { line: layout.titleLine.no, table: id } };
      other.push(layout.scale ? scaleKept(table, layout.scale) : table);
    }
  }
  resolveUncoded(tables, [...FUNCTION_IDS], warnings);
  for (const id of TABLE_IDS) {
    if (!(id in tables)) {
      warnings.add('table-absent', undefined, { table: where(id), title: TABLE_NAMES[id][kind] });
    }
  }
  return { tables, layouts, other };
}

/**
 * Stage 7 for a table read as printed: names wrapped around their amounts joined. Only the
 * label columns (left of the first amount column) of a text-only line can be part of a name:
 * sentences wrapped in a text column to the right (绩效目标) are not joined into it.
 */
function assembled(layout: TableLayout): TableLayout {
  let firstAmount = Infinity;
  for (const row of layout.rows) {
    const at = row.cells.findIndex((c) => /[.,]/.test(c) && isNumberCell(c));
    if (at >= 0 && at < firstAmount) firstAmount = at;
  }
  if (Number.isFinite(firstAmount)) {
    layout.rows = layout.rows
      .map((row) => (/\d/.test(row.line.text) ? row : { ...row, cells: row.cells.map((c, i) => (i >= firstAmount ? '' : c)) }))
      .filter((row) => row.cells.some((c) => c.trim() !== ''));
  }
  alignTotalRows(layout);
  assembleRows(layout);
  return layout;
}

/**
 * 表6's amount columns no reader took (支出总计 and 项目支出 beside the 基本支出 it reads), from
 * what amountCell read (`BodyRow.used`): unused columns from the one left of the first read
 * (支出总计 sits just before 基本支出) that print an amount with decimals. Decimals, not any
 * number: a 表6 printed as side-by-side panels has code columns (30201 …) between its amounts.
 * Function tables use unmappedColumns (their header mapping) instead; folding both into this
 * one changed the Linzi sample's output (its panel codes), so they stay apart.
 */
function untakenColumns(layout: TableLayout): number[] {
  const used = new Set<number>();
  for (const row of layout.rows) for (const i of row.used ?? []) used.add(i);
  if (used.size === 0) return [];
  const start = Math.min(...used);
  const out = new Set<number>();
  for (const row of layout.rows) row.cells.forEach((cell, i) => { if (i >= start - 1 && !used.has(i) && /[.,]/.test(cell) && isNumberCell(cell)) out.add(i); });
  return [...out].sort((a, b) => a - b);
}

function asPrinted(region: Region): { title: string; label?: string } {
  const title = region.title.replace(/\s+/g, '');
  return region.label !== undefined ? { title, label: region.label } : { title };
}

function readTable(layout: TableLayout, kind: 'final' | 'budget', warnings: WarningSink): unknown {
  switch (layout.id) {
    case 't1':
      return parseSummaryTable(layout, warnings);
    case 't4':
      return parseFiscalTable(layout, warnings);
    case 't6':
      return parseEconomicTable(layout, warnings);
    case 't7':
      return parseThreePublicTable(layout, kind, warnings);
    default:
      return parseFunctionTable(layout, warnings, kind);
  }
}

/** Nothing dropped silently: a body line with a number that no reader took is reported. */
function reportUnread(layout: TableLayout, warnings: WarningSink): void {
  for (const row of layout.rows) {
    if (layout.read.has(row.line)) continue;
    if (!/\d/.test(row.line.text)) continue;
    // Amounts alone (no code, no name): a real gap in the printed row, said so.
    const unlabelled = row.line.cells.every((c) => c.text.trim() === '' || isNumberCell(c.text));
    warnings.add('line-unread', { line: row.line.no, text: row.line.raw }, { where: where(layout.id) }, unlabelled ? 'unlabelled' : undefined);
  }
}
