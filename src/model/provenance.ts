/**
 * Where a drawn number comes from: one or more table cells, or a derivation in words.
 * Widgets show these in tooltips ("公开03表 第8行 基本支出") and the data table.
 */
import type { TableId } from '../schema/primitives.js';
import type { Localized } from '../format/messages.js';

export interface CellRef {
  table: TableId;
  /** 行次 or classification code. */
  row: string;
  /** Column key (e.g. `basic`) or printed column name. */
  column: string;
  /** Printed row name and column for display, as in the document; names from the document are bidi-isolated (src/format/bidi.ts). */
  label?: string;
  /** Line in the source text, when the document carries it. */
  line?: number;
}

export interface Provenance {
  cells: CellRef[];
  /** Present when the value is not a single printed cell: how it was derived. */
  derived?: Localized;
}
