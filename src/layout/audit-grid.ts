/**
 * The rule grid of <disclosure-audit>: one square per rule ("R14" over its status mark), in
 * rule order, wrapped to the width. Pure geometry: the same count and width always give the
 * same cells; text widths are estimated (text-width.ts), never measured.
 */
import { textWidth } from './text-width.js';

export interface GridCell {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AuditGrid {
  width: number;
  height: number;
  columns: number;
  fontSize: number;
  cells: GridCell[];
}

export interface GridOptions {
  /** The width to fill, px. */
  width: number;
  /** Label size, px (never below 12). */
  fontSize?: number;
  /** At most this many per row, so 28 rules wrap into two even rows on a wide screen. */
  maxColumns?: number;
  gap?: number;
}

/**
 * Lay out `count` cells. A cell is wide enough for its longest label (`labels`, e.g. "R28")
 * plus padding, and two lines high (the id and the status mark). Rows are filled evenly:
 * 28 cells at 7 per row make 4 full rows rather than 6 + 6 + 6 + 6 + 4.
 */
export function layoutAuditGrid(labels: readonly string[], options: GridOptions): AuditGrid {
  const fontSize = Math.max(12, options.fontSize ?? 12);
  const gap = options.gap ?? 4;
  const count = labels.length;
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
  const minWidth = Math.ceil(widest + fontSize);
  const height = Math.ceil(fontSize * 3.2);
  const width = Math.max(0, options.width);
  const fit = Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
  const perRow = Math.min(fit, options.maxColumns ?? 14, Math.max(1, count));
  const rows = Math.ceil(count / perRow);
  // Even rows: the fewest columns that still need no more rows.
  const columns = rows > 0 ? Math.ceil(count / rows) : perRow;
  const cellWidth = Math.max(minWidth, Math.min(Math.floor(minWidth * 1.6), Math.floor((width - gap * (columns - 1)) / columns)));
  const cells = labels.map((_, index) => ({
    index,
    x: (index % columns) * (cellWidth + gap),
    y: Math.floor(index / columns) * (height + gap),
    width: cellWidth,
    height,
  }));
  return {
    width: count ? columns * cellWidth + (columns - 1) * gap : 0,
    height: rows ? rows * height + (rows - 1) * gap : 0,
    columns,
    fontSize,
    cells,
  };
}
