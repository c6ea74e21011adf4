/**
 * 表1 收入支出决算总表 / 部门收支总表: income rows 一–八 with their kind, expenditure 类
 * rows with their code, and the footer totals.
 */
import type { IncomeKind } from '../../schema/tables.js';
import { functionClassCode } from '../codes.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { currentColumns } from './current-year.js';
import { tableHeader } from './header.js';
import type { Half, SideRow } from './halves.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { OtherSides } from './other-sides.js';
import { summarySides } from './stacked-sides.js';
import { joinNameTail, joinWrappedLabels, placeOrphanAmount } from './wrapped-lines.js';

export interface SummaryLineOut {
  kind?: IncomeKind;
  code?: string;
  name: string;
  line?: number;
  amount: number | null;
  parts?: SummaryLineOut[];
  source?: object;
}

const INCOME_KINDS: ReadonlyArray<[RegExp, IncomeKind]> = [
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/上级补助/, 'superiorSubsidy'],
  [/事业收入/, 'institution'],
  [/经营收入/, 'operating'],
  [/附属单位上缴/, 'affiliated'],
  [/其他收入/, 'other'],
  // "预算拨款" (Guangzhou's 一、预算拨款) is the unsplit 财政拨款; 非财政拨款 is its opposite.
  [/(?<!非)财政拨款|^预算拨款/, 'fiscal'],
];

export function incomeKind(name: string): IncomeKind | undefined {
  // 非财政拨款结余 is money other than 财政拨款: no kind rather than 'fiscal'.
  if (/非财政拨款/.test(name)) return undefined;
  for (const [pattern, kind] of INCOME_KINDS) if (pattern.test(name)) return kind;
  return undefined;
}

const INCOME_TOTALS: ReadonlyArray<[RegExp, string]> = [
  // 江苏 prints the year's subtotal as 当年收入小计 (收入合计 then being the grand total).
  [/(?:本年|当年)收入(?:合计|小计)|^收入合计|^本年收入$|^合计$/, 'incomeTotal'],
  // 用事业基金弥补收支差额: the older name (before 事业基金 became 非财政拨款结余) of the same line.
  [/使用非财政拨款结余|用事业基金弥补收支差额/, 'nonFiscalBalanceUsed'],
  [/年初.*结转和?结余|上年结转|上年结余[、和及]?结转/, 'carryOverStart'],
  [/总计/, 'incomeGrandTotal'],
];
const EXPENDITURE_TOTALS: ReadonlyArray<[RegExp, string]> = [
  [/(?:本年|当年)支出(?:合计|小计)|^支出合计|^本年支出$|^合计$/, 'expenditureTotal'],
  [/结余分配/, 'balanceDistribution'],
  [/年末.*结转和?结余|结转结余下年|结转下年|年终结转/, 'carryOverEnd'],
  [/总计/, 'expenditureGrandTotal'],
];

const GRAND: Record<string, [carryOver: string, grand: string]> = {
  incomeTotal: ['carryOverStart', 'incomeGrandTotal'],
  expenditureTotal: ['carryOverEnd', 'expenditureGrandTotal'],
};

/**
 * Where a total line goes. A second 合计 line after the carry-over lines is the grand total:
 * some documents name the year's subtotal 本年收入 and the grand total 收入合计 (重庆's 表4:
 * 本年收入 118,773.55 … 上年结转 53,509.60 … 收入合计 172,283.15), and the second cannot be the
 * first again. Otherwise the first line of a key is kept (a key is never overwritten).
 */
export function totalSlot(key: string, totals: Readonly<Record<string, unknown>>): string | undefined {
  if (!(key in totals)) return key;
  const grand = GRAND[key];
  if (grand && grand[0] in totals && !(grand[1] in totals)) return grand[1];
  return undefined;
}

export function totalKey(name: string, rules: ReadonlyArray<[RegExp, string]>): string | undefined {
  for (const [pattern, key] of rules) if (pattern.test(name)) return key;
  return undefined;
}

export function summaryLine(
  layout: TableLayout,
  row: BodyRow,
  half: Half,
  warnings: WarningSink,
  extra: { kind?: IncomeKind; code?: string } = {},
): SummaryLineOut {
  // Several amount columns on a side (合计 | 人员经费 | 公用经费 | 项目支出): the 合计 one.
  // Without a 合计 header, the first amount that is not a part (人员/公用/基本/项目) is the
  // side's amount; the parts follow the total in every layout seen.
  // Only this year's columns (上年预算数 and 增减 beside 本年预算数 are not the amount).
  const amounts = currentColumns(half.amounts);
  const slot =
    amounts.find((a) => /合计|小计|总计/.test(a.header)) ??
    amounts.find((a) => !/人员|公用|基本支出|项目支出|经费/.test(a.header)) ??
    amounts[0];
  const amount = slot ? amountCell(row, slot.index, slot.header || '金额', layout.id, warnings) : null;
  const out: SummaryLineOut = { name: half.name, amount };
  printedDepth.set(out, depth(half.printed ?? half.name));
  if (extra.kind) out.kind = extra.kind;
  if (extra.code) out.code = extra.code;
  if (half.line !== undefined) out.line = half.line;
  out.source = { table: layout.id, line: row.line.no, row: String(half.line ?? half.name) };
  return out;
}

/** True when a half has a printed amount but no name to hang it on. */
export function orphanAmount(row: BodyRow, half: Half): boolean {
  return half.name === '' && half.amounts.some((a) => (row.cells[a.index] ?? '') !== '');
}

export function parseSummaryTable(layout: TableLayout, warnings: WarningSink) {
  const out = {
    ...tableHeader(layout),
    income: [] as SummaryLineOut[],
    expenditure: [] as SummaryLineOut[],
    totals: {} as Record<string, SummaryLineOut>,
  };
  const sides = summarySides(layout, warnings);
  // The carry-over total each side has just printed, whose numbered lines follow as its parts.
  const carry: { left?: SummaryLineOut; right?: SummaryLineOut } = {};
  const otherSides = new OtherSides(layout, sides.otherLabels, sides.serial, warnings);
  for (const { row, left, right, others, ambiguous } of sides.rows.map(footerOnOtherSide)) {
    if (ambiguous) {
      warnings.add('columns-ambiguous', { line: row.line.no, text: row.line.raw }, { where: where(layout.id) });
      continue;
    }
    const leftPlaced = placeOrphanAmount(layout, row, left, out.income, warnings);
    const rightPlaced = placeOrphanAmount(layout, row, right, out.expenditure, warnings);
    if (left.name !== '' && !joinNameTail(row, left, out.income, sides.serial, (t) => depth(t) !== undefined)) {
      const kind = incomeKind(left.name);
      carry.left = placeSideLine(layout, row, left, warnings, out.income, out.totals, carry.left, INCOME_TOTALS, kind ? { kind } : {});
    }
    if (right.name !== '') {
      const code = functionClassCode(right.name);
      carry.right = placeSideLine(layout, row, right, warnings, out.expenditure, out.totals, carry.right, EXPENDITURE_TOTALS, code ? { code } : {});
    }
    // A half with an amount but no name is data we could not place: leave it unread. Sides
    // the schema has no place for (支出用途, 经济分类) are read to be kept as printed.
    const othersRead = otherSides.add(row, others);
    if ((leftPlaced || !orphanAmount(row, left)) && (rightPlaced || !orphanAmount(row, right)) && othersRead) {
      layout.read.add(row.line);
    }
  }
  layout.otherSides = otherSides.kept();
  const blank = (line: SummaryLineOut) => line.amount === null;
  out.income = nestParts(joinWrappedNames(joinWrappedLabels(layout, out.income, blank, incomeKind, warnings, withIncomeKind)));
  out.expenditure = joinWrappedNames(joinWrappedLabels(layout, out.expenditure, blank, functionClassCode, warnings, withClassCode));
  return out;
}

/**
 * One side's named half of a row: a total into its slot, a carry-over's part into that total,
 * any other line onto the side. Returns the carry-over total whose parts may follow next.
 */
function placeSideLine(
  layout: TableLayout,
  row: BodyRow,
  half: Half,
  warnings: WarningSink,
  lines: SummaryLineOut[],
  totals: Record<string, SummaryLineOut>,
  carry: SummaryLineOut | undefined,
  vocabulary: ReadonlyArray<[RegExp, string]>,
  extra: Parameters<typeof summaryLine>[4],
): SummaryLineOut | undefined {
  const total = totalKey(half.name, vocabulary);
  if (total) return placeTotal(total, totals, () => summaryLine(layout, row, half, warnings));
  const line = summaryLine(layout, row, half, warnings, extra);
  if (addCarryOverPart(carry, line, half)) return carry;
  lines.push(line);
  return undefined;
}

/**
 * A footer printed once across several expenditure sides (江苏's 功能分类 | 支出用途: 当年支出小计,
 * 结转下年资金, 支出合计 with one amount under the last side's 金额) splits over the sides: its
 * name lands in another side while the expenditure side is blank, or in the expenditure side
 * while its one amount lands in another side that has no name. Either way it is the
 * expenditure side's total. Only names that say 支出 or 结转 are taken, never a bare 合计
 * another side may own.
 */
function footerOnOtherSide(side: SideRow): SideRow {
  const { row, right, others } = side;
  const filled = (half: Half) => half.amounts.filter((a) => (row.cells[a.index] ?? '') !== '');
  const isFooter = (name: string) => /支出|结转/.test(name) && totalKey(name, EXPENDITURE_TOTALS) !== undefined;
  if (filled(right).length > 0) return side;
  if (right.name === '') {
    const k = others.findIndex((o) => isFooter(o.name));
    return k < 0 ? side : { ...side, right: others[k]!, others: others.filter((_, i) => i !== k) };
  }
  if (!isFooter(right.name)) return side;
  const carriers = others.filter((o) => filled(o).length > 0);
  const [carrier] = carriers;
  if (carriers.length !== 1 || carrier!.name !== '' || filled(carrier!).length !== 1) return side;
  return { ...side, right: { ...right, amounts: filled(carrier!) }, others: others.filter((o) => o !== carrier) };
}

/**
 * Puts a total line in its slot (see totalSlot) and returns it when it is a carry-over total
 * with an amount, whose numbered lines may follow as its parts.
 */
function placeTotal(key: string, totals: Record<string, SummaryLineOut>, read: () => SummaryLineOut): SummaryLineOut | undefined {
  const slot = totalSlot(key, totals);
  if (!slot) return undefined;
  const line = (totals[slot] = read());
  return /^carryOver(?:Start|End)$/.test(slot) && line.amount !== null ? line : undefined;
}

/**
 * Numbered or 其中 lines printed right under a carry-over total (深圳: 上年结余、结转 11.00 →
 * 1.财政拨款结余、结转 11.00, 2.非财政拨款结余、结转 0.00; 上年结转 / 其中：财政拨款资金结转 /
 * 非财政拨款资金结余) split that total: they are its parts,
 * not income or expenditure lines, and not parts of the last line above the total (nestParts
 * would hang them on 单位资金 and make its parts outgrow it). True when the line was taken.
 */
function addCarryOverPart(total: SummaryLineOut | undefined, line: SummaryLineOut, half: Half): boolean {
  if (!total) return false;
  // An unnumbered line after a part is the next item of the same 其中 list, printed under the
  // first item's name ("其中：财政拨款资金结转" / "非财政拨款资金结余").
  if (depth(half.printed ?? half.name) === undefined && total.parts === undefined) return false;
  const part: SummaryLineOut = { ...line, name: line.name.replace(/^\s*其中[:：]?\s*/, '') };
  delete part.code;
  (total.parts ??= []).push(part);
  return true;
}

/**
 * A side's name wrapped over two printed lines ("2.政府性基金预" … "算", "财政专户管理资" … "金",
 * with other sides' lines between): the tail is one or two characters with no amount, no code
 * and no numbering, right after a line that has no amount either. It joins that line's name
 * instead of becoming a line of its own.
 */
export function joinWrappedNames<T extends { code?: string; name: string; parts?: unknown }>(lines: T[], blank: (line: T) => boolean = (l) => (l as { amount?: unknown }).amount === null): T[] {
  const out: T[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const tail = blank(line) && !line.code && !line.parts && /^[\u4e00-\u9fff]{1,2}$/.test(line.name);
    if (tail && previous && blank(previous) && !previous.code) {
      previous.name += line.name;
      // The whole name may be a 类 name now ("7、文化旅游体育与传媒支" + "出").
      const code = functionClassCode(previous.name);
      if (code && !incomeKind(previous.name)) previous.code = code;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Numbering depth of a printed name: 一、 → 1, （一） → 2, 1、 / 1. / （1） → 3, 其中 → deeper than anything. */
export function depth(name: string): number | undefined {
  const t = name.replace(/\s+/g, '');
  if (/^其中[:：]?/.test(t)) return 9;
  if (/^[一二三四五六七八九十]+[、.．]/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return 2;
  if (/^(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)])/.test(t)) return 3;
  return undefined;
}

/**
 * 其中 lines and lower-numbered items ("其中：一般公共预算资金", "1、一般公共预算" under
 * "一、财政拨款收入") are parts of the line above them, already inside its amount: they move
 * into that line's `parts`, so no sum and no chart counts them twice. A heading line with a
 * blank amount keeps its items as lines of their own (they are the amounts then).
 */
const printedDepth = new WeakMap<object, number | undefined>();

/** The list depth a side's line was printed with (its name has the numbering stripped). */
export function printedDepthOf(line: { name: string }): number | undefined {
  return printedDepth.has(line) ? printedDepth.get(line) : depth(line.name);
}

/** Remember the depth `line` was printed with (`printed`: its label as printed, or a line to copy). */
export function notePrintedDepth(line: object, printed: string | { name: string }): void {
  printedDepth.set(line, typeof printed === 'string' ? depth(printed) : printedDepthOf(printed));
}

/** `line` with the income kind its (joined) name gives, if any. */
export function withIncomeKind(line: SummaryLineOut): SummaryLineOut {
  const kind = incomeKind(line.name);
  return kind ? { ...line, kind } : line;
}

/** `line` with the 类 code its (joined) name gives, if any. */
export function withClassCode<T extends { name: string; code?: string }>(line: T): T {
  const code = functionClassCode(line.name);
  return code ? { ...line, code } : line;
}

export function nestParts(lines: SummaryLineOut[]): SummaryLineOut[] {
  const out: SummaryLineOut[] = [];
  let parent: { line: SummaryLineOut; depth: number } | undefined;
  for (const line of lines) {
    const d = printedDepthOf(line);
    if (parent && d !== undefined && d > parent.depth && parent.line.amount !== null) {
      const part: SummaryLineOut = { ...line, name: line.name.replace(/^\s*其中[:：]?\s*/, '') };
      delete part.code;
      delete part.parts;
      (parent.line.parts ??= []).push(part);
      continue;
    }
    out.push(line);
    parent = d !== undefined && d < 9 ? { line, depth: d } : undefined;
  }
  return out;
}
