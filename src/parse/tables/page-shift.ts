/**
 * Pages of one space-aligned table printed at different horizontal positions.
 *
 * `pdftotext -layout` lays every page out anew: a table continued on the next page may start
 * its columns several positions to the left or right (重庆水利 表五: 总计 ends at character 48
 * on its first page, at 38 on the next, where the 科目名称 column of page one still runs). Read
 * against one grid, the next page's amounts then fall one column off (总计 into the name, 小计
 * into 总计 …). So each later page's body lines are moved by the shift that lines its amounts'
 * right edges up with the first page's, before the grid is built. Only a shift that clearly
 * lines up more amounts than none is applied; the first page (under the header) never moves.
 */
import type { TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import type { BodyRow } from './layout.js';

/** The widest shift looked for, in display columns or characters. */
const MAX_SHIFT = 40;
/** Amounts move with their header words give or take this much (pdftotext rescales a page). */
const HEADER_SLACK = 3;

type Edge = 'end' | 'cend';

/** A label cell: a name or a 合计, not a number or a blank-amount dash. */
const LABEL = /[^\d\s.,，%()（）\-–—]/;

/**
 * Where a line's amounts start: after its last label (the 序号, the codes and the names stay at
 * the left margin on every page, only amounts move: "3 30101 基本工资 50101 工资奖金津补贴 560.70"),
 * or, on a row whose name wrapped onto the line above, at its first number that is not a
 * leading code.
 */
function amountsFrom(line: TextLine): number {
  for (let i = line.cells.length - 1; i >= 0; i--) if (LABEL.test(line.cells[i]!.text)) return i + 1;
  const k = line.cells.findIndex((cell, i) => isNumberCell(cell.text) && !(i === 0 && /^\d{3,7}$/.test(cell.text)));
  return k < 0 ? line.cells.length : k;
}

/** Right edges of the amounts of some rows, counted per position. */
function rightEdges(rows: readonly BodyRow[], edge: Edge): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of rows) {
    const cells = row.line.cells;
    for (let i = amountsFrom(row.line); i < cells.length; i++) {
      if (isNumberCell(cells[i]!.text)) out.set(cells[i]![edge], (out.get(cells[i]![edge]) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * How well `edges` moved by `shift` land on the reference edges: points 3 / 2 / 1 for an amount
 * 0 / 1 / 2 positions off (pdftotext rescales a page a little, so gaps differ by a position or
 * two), and how many amounts land within 2 at all.
 */
function fit(edges: Map<number, number>, reference: Map<number, number>, shift: number): { points: number; near: number } {
  let points = 0;
  let near = 0;
  for (const [x, count] of edges) {
    const off = [0, 1, 2].find((d) => reference.has(x + shift - d) || reference.has(x + shift + d));
    if (off === undefined) continue;
    points += (3 - off) * count;
    near += count;
  }
  return { points, near };
}

/**
 * How far the page's repeated header words moved against the first page's (the median over
 * the words, in the metric of `edge`); undefined without a repeated header.
 */
export function headerShift(pairs: readonly [TextLine, TextLine][] | undefined, edge: Edge): number | undefined {
  const offsets: number[] = [];
  for (const [original, repeated] of pairs ?? []) {
    repeated.cells.forEach((cell, i) => offsets.push(original.cells[i]![edge] - cell[edge]));
  }
  return median(offsets);
}

/** The middle value (the upper of the two middle ones), undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/**
 * The shift of one page block against the reference edges: 0 unless the page printed its
 * header again and that header moved (periodic columns of 0.00 fit many shifts; the header
 * says which is meant), and, moved near the header's shift, nearly all of its amounts line up
 * and line up better than unmoved.
 */
function bestShift(block: readonly BodyRow[], reference: Map<number, number>, edge: Edge, around: number | undefined): number {
  if (around === undefined || Math.abs(around) < 2) return 0;
  const edges = rightEdges(block, edge);
  const total = [...edges.values()].reduce((a, b) => a + b, 0);
  if (total < 3) return 0;
  // Unmoved, the amounts may still sit near some column of a ragged reference: the header's
  // shift must then line them up strictly better than staying put.
  let best = 0;
  let bestPoints = fit(edges, reference, 0).points;
  for (let d = Math.max(1, Math.abs(around) - HEADER_SLACK); d <= Math.min(MAX_SHIFT, Math.abs(around) + HEADER_SLACK); d++) {
    for (const shift of [Math.sign(around) * d]) {
      const { points, near } = fit(edges, reference, shift);
      if (near >= 0.9 * total && points > bestPoints) {
        best = shift;
        bestPoints = points;
      }
    }
  }
  return best;
}

function moved(line: TextLine, display: number, chars: number): TextLine {
  const from = amountsFrom(line);
  return {
    ...line,
    cells: line.cells.map((cell, i) =>
      i < from ? cell : { ...cell, start: cell.start + display, end: cell.end + display, cstart: cell.cstart + chars, cend: cell.cend + chars },
    ),
  };
}

/**
 * The body rows with every page block after the first moved to line up with the first (both
 * position metrics, each by its own shift). Rows are replaced, lines copied: the source lines
 * are not changed; `rows` itself comes back when no page moved. `applied` receives each moved
 * block's shifts by its first row's index. Tab-separated rows keep their positions (their cells are positional).
 */
export function alignPages(
  rows: BodyRow[],
  breaks: ReadonlySet<number> | undefined,
  repeats?: ReadonlyMap<number, readonly [TextLine, TextLine][]>,
  applied?: Map<number, { display: number; chars: number }>,
): BodyRow[] {
  if (!breaks || breaks.size === 0 || rows.some((row) => row.line.tabbed)) return rows;
  const starts = [0, ...[...breaks].sort((a, b) => a - b), rows.length];
  const blocks = starts.slice(0, -1).map((start, b) => rows.slice(start, starts[b + 1]));
  const shifts = (edge: Edge) => starts.slice(0, -1).map((start) => headerShift(repeats?.get(start), edge));
  // The reference: the first page and every page whose repeated header did not move (a first
  // page may print only some columns: 人员经费 rows, the 公用经费 ones on the next page).
  const reference = (edge: Edge) => {
    const around = shifts(edge);
    return rightEdges(blocks.filter((_, b) => b === 0 || (around[b] !== undefined && Math.abs(around[b]!) < 2)).flat(), edge);
  };
  const display = reference('end');
  const chars = reference('cend');
  const aroundDisplay = shifts('end');
  const aroundChars = shifts('cend');
  const out = [...blocks[0]!];
  let changed = false;
  for (let b = 1; b < blocks.length; b++) {
    const block = blocks[b]!;
    const dd = bestShift(block, display, 'end', aroundDisplay[b]);
    const dc = bestShift(block, chars, 'cend', aroundChars[b]);
    if (dd !== 0 || dc !== 0) {
      changed = true;
      applied?.set(starts[b]!, { display: dd, chars: dc });
    }
    for (const row of block) out.push(dd === 0 && dc === 0 ? row : { ...row, line: moved(row.line, dd, dc) });
  }
  return changed ? out : rows;
}
