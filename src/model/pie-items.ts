/** An item of the pie's tree, and the small constructors the tree readers share. */
import type { TableId } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';
import { derivedCell, type Cell } from './flows-cells.js';
import type { Provenance } from './provenance.js';

export interface PieItem {
  /** Unique in the model: `t3:215`, `t1:generalBudget`, `gap:t3:215` … */
  id: string;
  /** Classification code, when the row has one. */
  code?: string;
  /** As printed, or the library's own name for a derived item (`label` then says it in both languages). */
  name: string;
  label?: Localized;
  /** In the model's unit; null = blank in the document. */
  value: number | null;
  provenance: Provenance;
  /** Names of the rows above, nearest first (for qualified names). */
  parents: string[];
  children: PieItem[];
  /** Derived: the part of the parent its printed children do not cover. */
  gap?: boolean;
}

const TOTAL_NAME: Localized = { 'zh-CN': '合计', en: 'Total' };

export function leaf(id: string, name: string, cell: Cell, parents: string[], extra: Partial<PieItem> = {}): PieItem {
  return { id, name, value: cell.value, provenance: cell.provenance, parents, children: [], ...extra };
}

export function rootItem(cell: Cell, children: PieItem[]): PieItem {
  return { id: 'root', name: TOTAL_NAME['zh-CN'], label: TOTAL_NAME, value: cell.value, provenance: cell.provenance, parents: [], children };
}

/** A total the table does not print: the sum of the printed parts, labelled derived. */
export function sumOf(items: PieItem[], table: TableId, name: string): Cell {
  const value = items.reduce((sum, item) => sum + (item.value ?? 0), 0);
  // Parts that are all blank (or none at all) sum to a blank, not to 0.00: nothing printed.
  if (items.every((item) => item.value === null)) {
    return { value: null, provenance: { cells: items.flatMap((item) => item.provenance.cells).slice(0, 8) } };
  }
  return derivedCell(
    value,
    items.flatMap((item) => item.provenance.cells).slice(0, 8),
    { 'zh-CN': `${name}：公开${table.slice(1).padStart(2, '0')}表各项之和`, en: `${name}: the sum of the rows of Table ${table.slice(1).padStart(2, '0')}` },
  );
}

