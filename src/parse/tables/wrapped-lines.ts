/**
 * 表1/表4 sides whose label wraps around its amount: the cell's text is split over the line
 * above and below, the amount (and the row's 序号) printed on the middle line with no name
 * (西安 表1: "其中：专项资金列入部" / "4 … 28921.00" / "门预算的项目"). The amount belongs to
 * the side's line just above; a text fragment on an unnumbered line just below is the rest of
 * that line's name.
 */
import type { WarningSink } from '../warnings.js';
import { where } from './layout.js';
import type { Half } from './halves.js';
import type { BodyRow, TableLayout } from './layout.js';
import { notePrintedDepth, orphanAmount, printedDepthOf, summaryLine, type SummaryLineOut } from './summary.js';

/** Printed lines a wrapped label may reach above or below its amount. */
const REACH = 2;

const lineOf = (line: SummaryLineOut | undefined) => (line?.source as { line?: number } | undefined)?.line;

/**
 * A half with an amount and no name: its amount goes to the side's previous line when that
 * line is at most two printed lines above, has no amount and no code. True when placed.
 */
export function placeOrphanAmount(layout: TableLayout, row: BodyRow, half: Half, lines: SummaryLineOut[], warnings: WarningSink): boolean {
  if (!orphanAmount(row, half)) return false;
  const previous = lines[lines.length - 1];
  const at = lineOf(previous);
  if (!previous || at === undefined || previous.amount !== null || previous.code || row.line.no - at > REACH) return false;
  previous.amount = summaryLine(layout, row, { ...half, name: previous.name }, warnings).amount;
  wrapped.add(previous);
  return true;
}

/** Lines whose amount came from the line below their label: a fragment may still follow. */
const wrapped = new WeakSet<SummaryLineOut>();

/**
 * A name on a line without 序号 (in a table that numbers its rows), with no list numbering of
 * its own, right under a side's line whose label wrapped ("其中：纳入财政专户管理" / "的收费"):
 * the rest of that line's name. True when joined. A table without 序号 gives no such sign, so
 * there only a label whose amount came from the line below it (江苏: "三、单位预留机动经" /
 * "3,990.40" / "费") takes the tail; a blank label's tail is left to joinWrappedNames.
 */
export function joinNameTail(row: BodyRow, half: Half, lines: SummaryLineOut[], serial: boolean, numbered: (text: string) => boolean): boolean {
  if (/^\d{1,3}$/.test(row.line.cells[0]?.text ?? '') || half.amounts.some((a) => (row.cells[a.index] ?? '') !== '')) return false;
  const previous = lines[lines.length - 1];
  const at = lineOf(previous);
  if (!previous || at === undefined || previous.code || row.line.no - at > REACH) return false;
  if (serial ? previous.amount !== null && !wrapped.has(previous) : !wrapped.has(previous)) return false;
  if (numbered(half.printed ?? half.name) || !/^[\u4e00-\u9fff]/.test(half.name)) return false;
  previous.name += half.name;
  return true;
}

/**
 * A side's label wrapped over two printed lines with its amounts on one of them: a numbered
 * head and an unnumbered tail on the next line ("（八）社会保障和" / "就业支出  1,044.59", or the
 * amounts on the head's line and "就业支出" below), as a cell too narrow for its name prints.
 * Read as two lines, the amounts sit on a line whose name is no 类 (or income kind), and the
 * table's sums fail as if the document did not add up. When the joined name is one the side
 * knows (`known`: a 类 name, an income kind) and the tail alone is not, they are one line;
 * otherwise it may be a heading over a line of its own, and the doubt is said (`label-wrapped`).
 */
export function joinWrappedLabels<T extends { code?: string; name: string; source?: object }>(
  layout: TableLayout,
  lines: readonly T[],
  blank: (line: T) => boolean,
  known: (name: string) => string | undefined,
  warnings: WarningSink,
  /** What the side gives a line by its name (a 类 code, an income kind), for the joined one. */
  complete: (line: T) => T = (line) => line,
): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const head = out[out.length - 1];
    const at = lineOf(head as SummaryLineOut | undefined);
    const next = lineOf(line as unknown as SummaryLineOut);
    const shape =
      head !== undefined &&
      at !== undefined &&
      next === at + 1 &&
      // A head may already read as its 类 ("社会保障和就业" is 208): the code its name gives.
      (!head.code || head.code === known(head.name)) &&
      !line.code &&
      blank(head) !== blank(line) &&
      (printedDepthOf(head) ?? 9) < 9 &&
      printedDepthOf(line) === undefined &&
      /^[\u4e00-\u9fff]{1,8}$/.test(line.name) &&
      known(line.name) === undefined;
    if (!shape) {
      out.push(line);
      continue;
    }
    const name = head!.name + line.name;
    if (known(name) !== undefined) {
      // One line: the name joined, the amounts (and their source) from the line that printed them.
      const joined = complete({ ...(blank(head!) ? line : head!), name });
      notePrintedDepth(joined, head!);
      out[out.length - 1] = joined;
      continue;
    }
    warnings.add('label-wrapped', { line: next }, { where: where(layout.id), head: head!.name, tail: line.name });
    out.push(line);
  }
  return out;
}
