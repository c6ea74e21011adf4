/**
 * All nine tables: lay out each table region, read it with its family's reader, report
 * body lines nobody could read and tables that are not there.
 */
import type { TableId, Unit } from '../../schema/primitives.js';
import type { TextLine } from '../lines.js';
import { TABLE_NAMES, type Region } from '../regions.js';
import type { WarningSink } from '../warnings.js';
import { parseEconomicTable } from './economic.js';
import { parseFiscalTable } from './fiscal.js';
import { parseFunctionTable } from './function.js';
import { layoutTable, where, type TableLayout } from './layout.js';
import { parseSummaryTable } from './summary.js';
import { parseThreePublicTable } from './three-public.js';
import { alignTotalRows, assembleRows } from './rows.js';
import { resolveUncoded } from './uncoded.js';

const FUNCTION_IDS: ReadonlySet<TableId> = new Set(['t2', 't3', 't5', 't8', 't9']);

export const TABLE_IDS: readonly TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];

export function parseTables(
  lines: TextLine[],
  regions: Region[],
  kind: 'final' | 'budget',
  defaultUnit: Unit,
  warnings: WarningSink,
): { tables: Record<string, unknown>; layouts: TableLayout[] } {
  const tables: Record<string, unknown> = {};
  const layouts: TableLayout[] = [];
  for (const region of regions) {
    if (region.kind !== 'table' || !region.table) continue;
    const id = region.table;
    if (id in tables) {
      const line = lines[region.start]!;
      warnings.add('table-duplicate', { line: line.no, text: line.raw }, { table: where(id) });
      continue;
    }
    const layout = layoutTable(lines, region, defaultUnit, warnings);
    // Stage 7: one logical row per printed row (wrapped names, rows broken by a page).
    if (FUNCTION_IDS.has(id)) {
      alignTotalRows(layout);
      assembleRows(layout);
    }
    layouts.push(layout);
    tables[id] = readTable(layout, kind, warnings);
    reportUnread(layout, warnings);
  }
  resolveUncoded(tables, [...FUNCTION_IDS], warnings);
  for (const id of TABLE_IDS) {
    if (!(id in tables)) {
      warnings.add('table-absent', undefined, { table: where(id), title: TABLE_NAMES[id][kind] });
    }
  }
  return { tables, layouts };
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
      return parseFunctionTable(layout, warnings);
  }
}

/** Nothing dropped silently: a body line with a number that no reader took is reported. */
function reportUnread(layout: TableLayout, warnings: WarningSink): void {
  for (const row of layout.rows) {
    if (layout.read.has(row.line)) continue;
    if (!/\d/.test(row.line.text)) continue;
    warnings.add('line-unread', { line: row.line.no, text: row.line.raw }, { where: where(layout.id) });
  }
}
