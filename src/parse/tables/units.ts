/**
 * Tables that list each unit's (预算单位) rows in turn print the same code once per unit: the
 * 功能分类 tables (function.ts) and 表6 by 经济分类 (economic.ts). One reading for both: each
 * unit is kept apart under `units` (named by its heading row, or an unnamed block of codes in
 * code order), and the department's row for a code is the units' sum (`derived: 'unitsSum'`),
 * unless the first block is the department's own. The table readers differ only in their row
 * shape, given here as a few accessors.
 */
import type { WarningSink } from '../warnings.js';
import { where, type TableLayout } from './layout.js';

export type Values = Record<string, number | null>;

/** A unit's block: its heading's name and code when printed, and its own rows in printed order. */
export interface UnitBlockOut<R> {
  name?: string;
  code?: string;
  rows: R[];
  source?: object;
}

/** How a table's rows are summed across units. */
export interface UnitRowShape<R> {
  /** What makes two units' rows the same row of the department (表6: the 部门 code with the 政府 code beside it). */
  key(row: R): string;
  /** A copy the units' amounts can be added into. */
  copy(row: R): R;
  add(into: R, row: R): void;
  /** The amount the table's total adds up (for "is the first block the department's own?"). */
  amount(row: R): number | null | undefined;
  /** The department's row summed from the units': said so, and pointing at no unit's line. */
  derive(row: R, table: string): R;
}

/**
 * Adds `values` into `into` key by key; a blank adds nothing (blank is not 0), and a key
 * blank on every row stays blank. Rounded to 10⁻⁶: sums of amounts printed to 6 decimals
 * (万元 to the 分) stay exact.
 */
export function addValues(into: Values, values: Values): void {
  for (const [key, value] of Object.entries(values)) {
    const before = into[key] ?? null;
    into[key] = value === null ? before : Math.round(((before ?? 0) + value) * 1e6) / 1e6;
  }
}

/**
 * Rows printed unit after unit with no heading row: a new unit starts where a code is not
 * after the one above it in code order (类 205 < 款 20508 < 项 2050803 < 类 208 as text).
 */
export function unitBlocks<R extends { code: string; source?: object }>(rows: readonly R[], id: string): UnitBlockOut<R>[] {
  const blocks: UnitBlockOut<R>[] = [];
  let last: string | undefined;
  for (const row of rows) {
    if (last === undefined || row.code <= last) {
      const line = (row.source as { line?: number } | undefined)?.line;
      blocks.push(line !== undefined ? { rows: [], source: { table: id, line } } : { rows: [] });
    }
    blocks[blocks.length - 1]!.rows.push(row);
    last = row.code;
  }
  return blocks;
}

/**
 * A table that prints a code more than once lists its units in turn. The department's rows
 * become the units' sum by code, or the first block when it is the department's own (its leaf
 * rows add up to the printed total: the units that follow are its parts). Units with heading
 * rows are already in `out.units`; without them, and when `inCodeOrder` (rows in printed
 * order, each unit's in code order), each block of codes is a unit. Said once: units kept
 * (units-as-rows, units-unnamed, notices) or only summed (units-summed: data lost).
 */
export function settleUnits<R extends { code: string; source?: object }>(
  out: { rows: R[]; units?: UnitBlockOut<R>[] },
  printedTotal: number | null | undefined,
  shape: UnitRowShape<R>,
  layout: TableLayout,
  warnings: WarningSink,
  inCodeOrder = true,
): void {
  const byKey = new Map<string, R>();
  const merged: R[] = [];
  let repeats = 0;
  let units = 1;
  const first = out.rows[0] && shape.key(out.rows[0]);
  for (const row of out.rows) {
    const key = shape.key(row);
    const seen = byKey.get(key);
    if (!seen) {
      const copy = shape.copy(row);
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    if (key === first) units++;
    repeats++;
    shape.add(seen, row);
  }
  if (repeats === 0) return;
  const block: R[] = [];
  const inBlock = new Set<string>();
  for (const row of out.rows) {
    if (inBlock.has(shape.key(row))) break;
    inBlock.add(shape.key(row));
    block.push(row);
  }
  const leaves = block.filter((r) => !block.some((o) => o !== r && o.code !== r.code && o.code.startsWith(r.code)));
  const sum = leaves.reduce((s, r) => s + (shape.amount(r) ?? 0), 0);
  const own = typeof printedTotal === 'number' && Math.abs(sum - printedTotal) <= 0.05;
  const unnamed = !out.units && inCodeOrder ? unitBlocks(own ? out.rows.slice(block.length) : out.rows, layout.id) : undefined;
  out.rows = own ? block : merged.map((row) => shape.derive(row, layout.id));
  if (unnamed) out.units = unnamed;
  const line = layout.titleLine;
  const code = unnamed ? 'units-unnamed' : out.units ? 'units-as-rows' : 'units-summed';
  warnings.add(code, { line: line.no, text: line.raw }, { where: where(layout.id), units: String(unnamed?.length ?? out.units?.length ?? units) });
}
