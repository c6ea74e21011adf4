/**
 * How sure the parser is of each table it read, in one place, for the audit: an arithmetic
 * error that involves a table read with low confidence is "could not check", not the
 * document's error (docs: README, "Parse: table confidence").
 */
import type { TableId } from '../schema/primitives.js';
import type { Region } from './regions.js';
import type { TableLayout } from './tables/layout.js';
import { losesData, type ParseWarning } from './warnings.js';

export interface TableRead {
  /**
   * 0–1. 1: the table was found with a clear identity and every body line was read with no
   * warning that loses data. Lower as identity gets less certain (score margin over the
   * runner-up kind below 6) and as body lines go unread or cells unreadable.
   */
  confidence: number;
  /** The source lines the table spans (1-based, inclusive). */
  lines: [first: number, last: number];
  /** Body rows read. */
  rows: number;
  /** The warnings raised inside the table's lines, in order (notices included). */
  warnings: ParseWarning[];
}

/** Certain identity from this score margin on (a title word decides by 6 or more). */
const CLEAR_MARGIN = 6;

export function tableReads(
  regions: readonly Region[],
  layouts: readonly TableLayout[],
  lineNo: (index: number) => number,
  warnings: readonly ParseWarning[],
): Partial<Record<TableId, TableRead>> {
  const out: Partial<Record<TableId, TableRead>> = {};
  for (const layout of layouts) {
    const region = regions.find((r) => r.kind === 'table' && r.table === layout.id);
    if (!region || out[layout.id]) continue;
    const first = lineNo(region.start);
    const last = lineNo(Math.max(region.start, region.end - 1));
    const inside = warnings.filter((w) => w.line !== undefined && w.line >= first && w.line <= last);
    const lossy = new Set(inside.filter(losesData).map((w) => w.line));
    const rows = layout.rows.length;
    const readShare = rows === 0 ? 1 : Math.max(0, 1 - lossy.size / rows);
    const identity = region.margin === undefined ? 1 : Math.min(1, Math.max(0, region.margin) / CLEAR_MARGIN);
    out[layout.id] = {
      confidence: Math.round(readShare * (0.5 + identity / 2) * 100) / 100,
      lines: [first, last],
      rows,
      warnings: inside,
    };
  }
  return out;
}
