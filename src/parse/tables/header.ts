/** What every parsed table says about itself: title, number, unit, notes, provenance. */
import type { TableLayout } from './layout.js';

export function tableHeader(layout: TableLayout) {
  const header: {
    title: string;
    code?: string;
    unit: TableLayout['unit'];
    note?: string;
    emptyReason?: string;
    source: { table: typeof layout.id; line: number };
  } = { title: layout.title, unit: layout.unit, source: { table: layout.id, line: layout.titleLine.no } };
  if (layout.code !== undefined) header.code = layout.code;
  if (layout.note !== undefined) header.note = layout.note;
  if (layout.emptyReason !== undefined) header.emptyReason = layout.emptyReason;
  return header;
}
