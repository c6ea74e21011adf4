/**
 * 表1 / 表4 sides the schema has no place for: the 部门预算支出经济科目 and 政府预算支出经济分类科目
 * panels of a 部门综合预算收支总表, a provincial 总表's 支出用途 side. Each is read like the
 * income and expenditure sides — a label wrapped around its amount ("1、人员经费和公用经费支" /
 * "… 19443.34" / "出") is one line holding that amount (wrapped-lines.ts) — and its amounts
 * are kept as printed in otherTables (unmapped-columns, beside the side columns no reader
 * took: side-columns.ts), with one column-kept notice per side. They never become
 * expenditure lines: an economic panel splits the same money the 功能分类 side already holds.
 */
import { parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import type { Half } from './halves.js';
import type { KeptCell, KeptRow } from './kept-cells.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { depth, orphanAmount, summaryLine, type SummaryLineOut } from './summary.js';
import { joinNameTail, placeOrphanAmount } from './wrapped-lines.js';

/** The lines of a table's other sides, read row by row. */
export class OtherSides {
  private readonly lines: SummaryLineOut[][] = [];
  /** The printed row and side holding a line's amounts (its own, or the one below a wrapped label). */
  private readonly held = new Map<SummaryLineOut, { row: BodyRow; half: Half }>();

  /**
   * @param labels Each other side's header label, in the order of `SideRow.others`.
   * @param serial Whether the table numbers its rows (a wrapped label's tail has no 序号).
   */
  constructor(
    private readonly layout: TableLayout,
    private readonly labels: readonly string[],
    private readonly serial: boolean,
    private readonly warnings: WarningSink,
  ) {}

  /** Reads one row's other sides. True when every amount they print found its line. */
  add(row: BodyRow, others: readonly Half[]): boolean {
    let placed = true;
    others.forEach((half, k) => {
      const lines = (this.lines[k] ??= []);
      if (placeOrphanAmount(this.layout, row, half, lines, this.warnings)) this.held.set(lines[lines.length - 1]!, { row, half });
      else if (orphanAmount(row, half)) placed = false;
      if (half.name === '' || joinNameTail(row, half, lines, this.serial, (t) => depth(t) !== undefined)) return;
      const line = summaryLine(this.layout, row, half, this.warnings);
      // Kept as printed: the numbering tells "(1)工资福利支出" under 1、 from the one under 2、.
      line.name = (half.printed ?? half.name).replace(/\s+/g, '');
      if (half.amounts.some((a) => (row.cells[a.index] ?? '') !== '')) this.held.set(line, { row, half });
      lines.push(line);
    });
    return placed;
  }

  /**
   * The lines with a printed amount, side after side, one column per (side, amount slot)
   * named by the side's label and the slot's header; a column-kept notice per side kept.
   */
  kept(): KeptRow[] {
    const out: KeptRow[] = [];
    this.lines.forEach((lines, k) => {
      const label = this.labels[k] || `#${k + 3}`;
      let first: BodyRow | undefined;
      for (const line of lines) {
        const at = this.held.get(line);
        if (!at) continue;
        const cells: KeptCell[] = [];
        at.half.amounts.forEach((slot, j) => {
          const value = parseNumber(at.row.cells[slot.index] ?? '');
          const header = slot.label ?? slot.header;
          if (typeof value === 'number') cells.push({ column: `other${k}:${j}`, path: [label, ...(header && header !== label ? [header] : [])], value });
        });
        if (cells.length === 0) continue;
        first ??= at.row;
        out.push({ line: at.row.line.no, name: line.name, cells });
      }
      if (first) this.warnings.add('column-kept', { line: first.line.no, text: first.line.raw }, { where: where(this.layout.id), column: label });
    });
    return out;
  }
}
