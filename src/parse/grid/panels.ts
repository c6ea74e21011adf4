/**
 * Stage 6, panels: a table printed as several (name, 行次?, amounts…) groups side by side —
 * 表1/表4's income and expenditure sides, the four column-pairs of a 部门综合预算收支总表, the
 * 功能分类 | 支出用途 sides of a provincial one — read from the runs of each line.
 *
 * Why not the shared column grid: in space-aligned extractions (pdftotext -layout) a side's
 * right-aligned amounts and the next side's names overlap in x from one line to the next (a
 * long amount pushes the next name right; CJK names shift the count), and every page is laid
 * out anew. So the runs are typed first (name or amount) and each type is matched only
 * against slots of its own type: name slots by their left edge, amount slots by their right
 * edge, learned per page block. A run never changes side because a run of the other type
 * happens to overlap it.
 *
 * Input: the table's body rows with their runs (x in the table's metric). Output: per row, one
 * `PanelCell` per panel (name, 行次, amounts by slot). `breaks` are the row indices that start
 * a new page. Linear in the number of runs.
 */
import { functionClassCode, stripNumbering } from '../codes.js';
import type { Cell, TextLine } from '../lines.js';
import { isNumberCell } from '../numbers.js';
import type { BodyRow, Column } from '../tables/layout.js';
import type { Metric } from '../tables/space-columns.js';

export interface PanelSlot {
  /** Header words over the slot (the nearest column's header path, joined). */
  header: string;
  /** The same without letter-spaced group words ("预算数" for "支 出" / "预算数"), for kept paths. */
  label?: string;
}

export interface Panel {
  /** Header words over the panel's label column ("部门预算支出经济科目（按大类）"). */
  label: string;
  /** Amount slots, left to right (a 行次 slot is one of them, told by its header). */
  amounts: PanelSlot[];
}

export interface PanelRow {
  row: BodyRow;
  /** Per panel: the name runs joined (numbering kept), the amount texts by slot ('' = blank). */
  cells: { name: string; amounts: string[] }[];
  /** Two runs of one type fell on one slot: the row cannot be read safely. */
  ambiguous: boolean;
}

export interface PanelGrid {
  panels: Panel[];
  rows: PanelRow[];
  /** Whether a leading 序号 column (1, 2, 3 … on most rows) was set aside. */
  serial: boolean;
}

type Kind = 'name' | 'amount';
interface Typed {
  kind: Kind;
  text: string;
  start: number;
  end: number;
}

const BLANK_MARK = /^[-—–－/]$/;
/** A classification code run ("201", "2010301") printed before its name is part of the name. */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
/**
 * Whether a whole number printed right before a name is that name's classification code
 * ("201 一般公共服务支出") rather than the last amount of the side before it. Whole-元 amounts
 * have the same shape ("91000 八、社会保障和就业支出", "1000000 年末结转和结余"): a code is a
 * 功能 (2…) or 经济 (3…, 5…) code, and it never comes before a numbered line label
 * (一、… （一）…) or a 合计 / 总计 / 结转 / 结余 line, nor before a 类 name other than its own.
 */
function isCodeBefore(text: string, next: string): boolean {
  if (!CODE.test(text) || !/^[235]/.test(text) || isNumberCell(next)) return false;
  // A 类 name ("住房保障支出") takes only its own code (221): "2100000 住房保障支出" is an amount.
  const own = functionClassCode(next);
  if (own !== undefined && own !== text) return false;
  return !/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])|合计|总计|结转|结余/.test(next);
}

/** Header words of an amount column (not of a name, 行次 or 序号 column). */
const AMOUNT_HEADER = /合计|小计|总计|拨款|预算数|决算数|金额|经费$|支出$/;

function spanOf(cell: Cell, metric: Metric): [number, number] {
  return metric === 'display' ? [cell.start, cell.end] : [cell.cstart, cell.cend];
}

function typeRuns(row: BodyRow, metric: Metric, serial: boolean): Typed[] {
  const cells = row.line.cells.filter((c) => c.text !== '');
  const out: Typed[] = [];
  cells.forEach((cell, k) => {
    if (serial && k === 0 && /^\d{1,3}$/.test(cell.text)) return;
    const [start, end] = spanOf(cell, metric);
    const next = cells[k + 1];
    const amount = (isNumberCell(cell.text) || BLANK_MARK.test(cell.text)) && !(next && isCodeBefore(cell.text, next.text));
    out.push({ kind: amount ? 'amount' : 'name', text: cell.text, start, end });
  });
  return out;
}

/** A leading 序号 column: most rows start with a small integer, and the integers rise. */
function hasSerial(rows: readonly BodyRow[]): boolean {
  // A 序号 sits at the table's left edge; a 行次 of a row whose name is blank does not.
  let left = Infinity;
  for (const row of rows) {
    const first = row.line.cells.find((c) => c.text !== '');
    if (first) left = Math.min(left, first.cstart);
  }
  let numbered = 0;
  let rising = 0;
  let last = 0;
  let counted = 0;
  for (const row of rows) {
    const first = row.line.cells.find((c) => c.text !== '');
    if (!first) continue;
    counted++;
    if (!/^\d{1,3}$/.test(first.text) || first.cstart > left + 2) continue;
    // A row that is a 序号 and nothing else is not numbered (a 行次 left alone).
    if (row.line.cells.filter((c) => c.text !== '').length < 2) continue;
    numbered++;
    const n = Number(first.text);
    if (n > last) rising++;
    last = n;
  }
  return counted >= 3 && numbered >= 0.6 * counted && rising >= 0.8 * numbered;
}

/** Cluster positions: sorted, split where neighbours are further apart than `gap`. */
function clusters(xs: number[], gap: number): { at: number; min: number; max: number; n: number }[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: { at: number; min: number; max: number; n: number; sum: number }[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - last.max <= gap) {
      last.max = x;
      last.n++;
      last.sum += x;
    } else out.push({ at: x, min: x, max: x, n: 1, sum: x });
  }
  return out.map((c) => ({ at: c.sum / c.n, min: c.min, max: c.max, n: c.n }));
}

interface BlockSlots {
  names: number[];
  /** Amount slot right edges, each with the index of the name slot (panel) it belongs to. */
  amounts: { at: number; panel: number }[];
}

/** Name slots by left edge, amount slots by right edge, from one page block's rows. */
function learnSlots(typed: Typed[][]): BlockSlots {
  const nameStarts: number[] = [];
  const amountEnds: number[] = [];
  const startOfEnd = new Map<number, number[]>();
  for (const runs of typed) {
    for (const r of runs) {
      if (r.kind === 'name') nameStarts.push(r.start);
      else {
        amountEnds.push(r.end);
        const list = startOfEnd.get(r.end) ?? [];
        list.push(r.start);
        startOfEnd.set(r.end, list);
      }
    }
  }
  const candidates = clusters(nameStarts, 6).map((c) => c.min);
  // The side of an amount column is told by its left edges: a long amount reaches past the
  // next side's names with its right edge, never with its left.
  const amountColumns = clusters(amountEnds, 3).map((c) => {
    let sum = 0;
    let n = 0;
    for (const [end, starts] of startOfEnd) {
      if (end < c.min || end > c.max) continue;
      for (const x of starts) {
        sum += x;
        n++;
      }
    }
    return { at: c.at, left: n > 0 ? sum / n : c.at, min: c.min, max: c.max };
  });
  // A side is names then amounts: name positions with no amount column between them are one
  // side (indented 款 names, a 合计 centred in the name column).
  const names: number[] = [];
  for (const x of candidates) {
    const last = names[names.length - 1];
    if (last !== undefined && !amountColumns.some((a) => a.left > last && a.left < x)) continue;
    names.push(x);
  }
  const sided = amountColumns.map((a) => {
    let panel = 0;
    names.forEach((x, i) => {
      if (x < a.left) panel = i;
    });
    return { at: a.at, panel, min: a.min, max: a.max };
  });
  // Two amount positions of one side that never hold amounts on the same line are one
  // column printed a little off (ragged right edges), not two.
  const together = (a: { min: number; max: number }, b: { min: number; max: number }) =>
    typed.some((runs) => {
      const ends = runs.filter((r) => r.kind === 'amount').map((r) => r.end);
      const near = (c: { min: number; max: number }) => ends.some((e) => e >= c.min && e <= c.max);
      return near(a) && near(b);
    });
  const amounts: { at: number; panel: number; min: number; max: number }[] = [];
  for (const a of sided) {
    const last = amounts[amounts.length - 1];
    if (last && last.panel === a.panel && a.at - last.max <= 8 && !together(last, a)) {
      last.max = a.max;
      last.at = (last.at + a.at) / 2;
    } else amounts.push({ ...a });
  }
  return { names, amounts };
}

function nearest(xs: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i]! - x) < Math.abs(xs[best]! - x)) best = i;
  return best;
}

/**
 * The panels of a space-aligned table. `columns` (the shared grid) only names the amount
 * slots: each slot takes the header of the column nearest to it in the first block that
 * shows every panel.
 */
export function readPanels(
  rows: readonly BodyRow[],
  columns: readonly Column[],
  metric: Metric,
  breaks: ReadonlySet<number> = new Set(),
  header: readonly TextLine[] = [],
): PanelGrid {
  const serial = hasSerial(rows);
  const ownWords = ownHeaderWords(header, metric);
  // Page blocks: every page is laid out on its own.
  const blocks: BodyRow[][] = [];
  rows.forEach((row, k) => {
    if (blocks.length === 0 || breaks.has(k)) blocks.push([]);
    blocks[blocks.length - 1]!.push(row);
  });
  const learned = blocks.map((block) => {
    const typed = block.map((r) => typeRuns(r, metric, serial));
    return { block, typed, slots: learnSlots(typed) };
  });
  // The table's panels: those of the block with the most sides (the longest such block).
  let model = learned[0];
  for (const b of learned) {
    if (!model) break;
    const more = b.slots.names.length - model.slots.names.length;
    if (more > 0 || (more === 0 && b.block.length > model.block.length)) model = b;
  }
  const panelCount = Math.max(1, model?.slots.names.length ?? 1);
  const perPanel = (slots: BlockSlots) => {
    const out: number[][] = Array.from({ length: panelCount }, () => []);
    slots.amounts.forEach((a, i) => out[Math.min(a.panel, panelCount - 1)]!.push(i));
    return out;
  };
  const modelSlots = model ? perPanel(model.slots) : [[]];
  const panels: Panel[] = modelSlots.map((slotIds, p) => ({
    label: model ? labelNear(columns, model.slots.names[p] ?? 0, ownWords) : '',
    amounts: slotIds.map((id) => {
      const column = columnNear(columns, model!.slots.amounts[id]!.at);
      return { header: column?.text ?? '', label: column ? ownWords(column) : '' };
    }),
  }));
  // Columns the header prints but no row fills (政府性基金 | 国有资本经营 beside 一般公共预算)
  // are blank slots at the end of their side, so a reader still sees them as blank, not absent.
  if (model) {
    const names = model.slots.names;
    const lastEnd = modelSlots.map((ids) => Math.max(-Infinity, ...ids.map((id) => model!.slots.amounts[id]!.at)));
    for (const column of columns) {
      if (!AMOUNT_HEADER.test(column.text) || column.role) continue;
      let side = 0;
      names.forEach((x, i) => {
        if (x < column.start) side = i;
      });
      const next = names[side + 1] ?? Infinity;
      if (column.start > lastEnd[side]! && column.end < next) panels[side]!.amounts.push({ header: column.text, label: ownWords(column) });
    }
  }

  const out: PanelRow[] = [];
  for (const { block, typed, slots } of learned) {
    // A block with fewer sides (the last page prints only the expenditure side) maps its
    // sides to the model's by position; a block with all sides, in order.
    const sideOf = (i: number) =>
      slots.names.length === panelCount ? i : nearest(model!.slots.names, slots.names[i] ?? 0);
    const own = perPanel({ names: slots.names, amounts: slots.amounts.map((a) => ({ ...a, panel: sideOf(a.panel) })) });
    block.forEach((row, k) => {
      const cells = panels.map((p) => ({ name: '', amounts: new Array<string>(p.amounts.length).fill('') }));
      let ambiguous = false;
      for (const run of typed[k]!) {
        if (run.kind === 'name') {
          const side = slots.names.length > 0 ? sideOf(nearest(slots.names, run.start)) : 0;
          const cell = cells[side]!;
          cell.name += cell.name === '' ? run.text : run.text.replace(/^\s+/, '');
          continue;
        }
        if (slots.amounts.length === 0) continue;
        const slot = nearest(
          slots.amounts.map((a) => a.at),
          run.end,
        );
        const side = sideOf(slots.amounts[slot]!.panel);
        const index = own[side]!.indexOf(slot);
        const cell = cells[side]!;
        // A block whose side has more amount slots than the model's (a stray position) keeps
        // the order within the side.
        const at = Math.min(index < 0 ? 0 : index, cell.amounts.length - 1);
        if (at < 0) continue;
        if (cell.amounts[at] !== '') ambiguous = true;
        else cell.amounts[at] = run.text;
      }
      out.push({ row, cells, ambiguous });
    });
  }
  return { panels, rows: out, serial };
}

function columnNear(columns: readonly Column[], end: number): Column | undefined {
  let best: Column | undefined;
  let distance = Infinity;
  for (const column of columns) {
    // Amounts are right-aligned: the slot's right edge sits inside or at the end of its column.
    const d = end >= column.start && end <= column.end + 1 ? 0 : Math.min(Math.abs(end - column.end), Math.abs(end - column.start));
    if (d < distance) {
      distance = d;
      best = column;
    }
  }
  return best;
}

/**
 * The header words of the column a panel's labels start under. A one-character piece is a
 * group word printed letter-spaced over several panels ("收    入", "支    出"), not the
 * column's own; it is dropped unless the column has nothing else.
 */
function labelNear(columns: readonly Column[], start: number, ownWords: (column: Column) => string): string {
  let best: Column | undefined;
  for (const column of columns) if (!best || Math.abs(column.start - start) < Math.abs(best.start - start)) best = column;
  return best ? ownWords(best) : '';
}

/**
 * A column's header without the group word printed letter-spaced over several panels ("收
 * 入", "支    出": a header line whose every run is one character), which the header
 * reader puts in front of the columns it spans or happens to sit over ("支部门预算支出经济科目",
 * "出预算数"): a one-character piece among longer ones, or a leading letter printed over it.
 */
function ownHeaderWords(header: readonly TextLine[], metric: Metric): (column: Column) => string {
  const letters = header
    .map((line) => line.cells.filter((c) => c.text.trim() !== ''))
    .filter((cells) => cells.length >= 2 && cells.every((c) => /^[\u4e00-\u9fff]$/.test(c.text.trim())))
    .flat()
    .map((cell) => ({ text: cell.text.trim(), span: spanOf(cell, metric) }));
  return (column) => {
    const own = column.parts.filter((part) => part.length > 1);
    let text = own.length > 0 ? own.join('') : column.text;
    for (const { text: letter, span } of letters)
      if (text.length > 1 && text.startsWith(letter) && span[1] >= column.start - 1 && span[0] <= column.end + 1) text = text.slice(1);
    return text;
  };
}

/** The name of a panel cell without its list numbering ("一、", "1.", "(1)"). */
export function panelName(text: string): string {
  return stripNumbering(text).replace(/\s+/g, '');
}
