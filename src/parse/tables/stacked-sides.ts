/**
 * 收支总表 / 财政拨款收支总表 printed with the 支出 side under the 收入 side instead of beside
 * it: one name column and one set of amount columns, the income lines, their totals, then a
 * "支出：" heading (or straight after 收入总计) the expenditure lines and theirs. Read as one
 * side, every expenditure line landed on the income side and 支出总计 found its slot taken
 * (收入总计) and was lost. Here the lines from the switch on become the expenditure side.
 */
import { functionClassCode } from '../codes.js';
import type { WarningSink } from '../warnings.js';
import { dropGridDoubts, readSides, warnBrokenAmounts, type Half, type SideRow } from './halves.js';
import type { TableLayout } from './layout.js';

/** A section heading of a stacked table: "收入：", "一、支出", "支 出", "支出项目". */
const HEADING = /^(?:[一二][、.．])?(收|支)(?:入|出)(?:项目|预算|部分)?[:：]?$/;
/** A line that closes the income side: 收入总计, 本年收入合计, 收入合计. */
const INCOME_END = /收入(?:总计|合计|小计)|^本年收入$/;
/** A line that can only be on the expenditure side. */
const EXPENDITURE_LINE = /支出(?:总计|合计|小计)|^本年支出$|结转下年|年末.*结转/;

const filled = (row: SideRow, half: Half) => half.amounts.some((a) => (row.row.cells[a.index] ?? '').trim() !== '');
const compact = (half: Half) => (half.printed ?? half.name).replace(/\s+/g, '');

export interface Unstacked {
  rows: SideRow[];
  /** The section heading rows ("收入：", "支出："): layout, read, not lines of either side. */
  headings: SideRow[];
}

/**
 * The rows with a stacked table's expenditure lines moved to the right side. A table that
 * prints anything on a second side, or shows no switch, is returned as it came.
 */
export function unstackSides(rows: SideRow[]): Unstacked {
  if (rows.some((r) => r.right.name !== '' || filled(r, r.right) || r.others.length > 0)) return { rows, headings: [] };
  const switchAt = switchIndex(rows);
  if (switchAt < 0) return { rows, headings: [] };
  const headings: SideRow[] = [];
  const out: SideRow[] = [];
  const empty: Half = { name: '', amounts: [] };
  rows.forEach((r, i) => {
    if (HEADING.test(compact(r.left)) && !filled(r, r.left)) headings.push(r);
    else out.push(i < switchAt ? r : { ...r, left: { ...empty, amounts: [] }, right: r.left });
  });
  return { rows: out, headings };
}

/**
 * Where the expenditure side starts: a 支出 heading after some income line, or the first
 * expenditure-only line (a 类 name, 支出合计, 结转下年) after the income side's total.
 */
function switchIndex(rows: SideRow[]): number {
  let incomeSeen = false;
  let incomeClosed = false;
  for (const [i, r] of rows.entries()) {
    const name = compact(r.left);
    if (name === '') continue;
    const heading = HEADING.exec(name);
    if (heading) {
      if (heading[1] === '支' && incomeSeen) return i;
      continue;
    }
    if (incomeClosed && (functionClassCode(r.left.name) || EXPENDITURE_LINE.test(r.left.name))) return i;
    if (INCOME_END.test(r.left.name)) incomeClosed = true;
    incomeSeen = true;
  }
  return -1;
}

/**
 * The side rows of a 收支总表 or 财政拨款收支总表, ready to read: grid doubts withdrawn where the
 * grid placed them, a 支出 side printed under the 收入 side moved beside it (its heading line
 * read), and amount-like runs that are no amount said. Kept on `layout.sides`.
 */
export function summarySides(layout: TableLayout, warnings: WarningSink): ReturnType<typeof readSides> {
  const sides = readSides(layout);
  dropGridDoubts(sides.rows, warnings);
  const stacked = unstackSides(sides.rows);
  for (const heading of stacked.headings) layout.read.add(heading.row.line);
  layout.sides = sides.rows = stacked.rows;
  warnBrokenAmounts(layout, sides.rows, warnings);
  return sides;
}
