/**
 * 表2 printed with its income sources as rows (江苏 2019 收入预算总表: 项目名称 | 金额, 收入总计
 * first, then one group per source — 一般公共预算资金 小计 / 公共财政拨款（补助）资金 / 专项收入,
 * 政府性基金 小计, 财政专户管理资金 小计 …, 其他资金 事业收入 / 经营收入 / 其他收入, 上年结转和结余
 * 资金 小计). Read as 表2's 合计 row: total = 收入总计, and each source's value from its own line
 * (`sources`). Read as a 功能分类 table instead, the first group's 小计 became the table's total
 * and 收入总计 an uncoded row.
 */
import { isNumberCell } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { tableHeader } from './header.js';
import type { BodyRow, TableLayout } from './layout.js';
import type { FunctionTableOut } from './function.js';

type Total = NonNullable<FunctionTableOut['total']>;

const GRAND_TOTAL = /^(?:收入总计|收入合计|本年收入合计|总计|合计)$/;
const SUBTOTAL = /^(?:小计|合计)$/;
const CODE = /^\d{3}(?:\d{2}){0,2}\b/;
/** A numbering before a name: 一、 1. （一） (1). */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[、.．])/;

/**
 * A source by its printed words, for a group (一般公共预算资金, 其他资金) and for an item (事业
 * 收入). Last year's money first: 上年结转 by fund is not this year's fund income. 国有资本经营
 * before 经营收入; 其他资金 and 其他非税收入 name no source (a group of several, a part of 财政专户).
 */
const SOURCE_RULES: ReadonlyArray<[RegExp, string]> = [
  [/上年结转|年初结转|上年结余/, 'carryOverStart'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/上级补助/, 'superiorSubsidy'],
  [/附属单位上缴/, 'affiliated'],
  [/经营收入/, 'operating'],
  [/事业收入/, 'institution'],
  [/其他收入/, 'other'],
  // 财政拨款 as a name of its own only: 公共财政拨款（补助）资金 is a part of 一般公共预算.
  [/^财政拨款(?:收入|资金)?$/, 'fiscal'],
];

function sourceKey(name: string): string | undefined {
  const bare = name.replace(NUMBERING, '');
  return SOURCE_RULES.find(([pattern]) => pattern.test(bare))?.[1];
}

interface Line {
  row: BodyRow;
  group: string;
  item: string;
  amount: number | null;
}

/**
 * Whether `layout` (表2 with one amount column, `amountAt`) prints its sources as rows: no
 * 功能分类 code, a 收入总计 line, and at least two lines naming a source.
 */
function isIncomeRows(layout: TableLayout, amountAt: number): boolean {
  if (layout.id !== 't2') return false;
  let total = false;
  let sources = 0;
  for (const row of layout.rows) {
    const label = row.cells.slice(0, amountAt).map((c) => c.trim()).filter((c) => c !== '');
    if (label.some((c) => CODE.test(c))) return false;
    const name = label.join('');
    if (GRAND_TOTAL.test(name)) total = true;
    else if (label.some((c) => sourceKey(c) !== undefined)) sources++;
  }
  return total && sources >= 2;
}

/**
 * The 合计 row of a 表2 printed as rows, or undefined when the table is not one. Blocks of lines
 * are told by their 小计: a 小计 opens its group when the table starts with one after 收入总计
 * (江苏: the group's name is printed beside a line of it), else closes it. A group's 小计 is its
 * source's value; its items are parts of it (`parts`), unless an item names another source
 * (其他资金's 事业收入 | 经营收入 | 其他收入, 财政拨款's funds). A source printed blank stays absent
 * (blank is not 0). A line with an amount that fits nowhere is left unread (reported).
 */
export function readIncomeRows(layout: TableLayout, amountAt: number, warnings: WarningSink): FunctionTableOut | undefined {
  if (!isIncomeRows(layout, amountAt)) return undefined;
  // The item column is the last label column; any before it hold the group's name.
  const itemAt = amountAt - 1;
  const lines: Line[] = layout.rows.map((row) => {
    const text = (from: number, to: number) => row.cells.slice(from, to).join('').replace(/\s+/g, '');
    const printed = (row.cells[amountAt] ?? '').trim();
    const amount = printed !== '' && isNumberCell(printed) ? amountCell(row, amountAt, 'total', 't2', warnings) : null;
    return { row, group: text(0, Math.max(itemAt, 0)), item: text(Math.max(itemAt, 0), amountAt), amount };
  });
  const totalAt = lines.findIndex((l) => GRAND_TOTAL.test(l.group + l.item) && l.group === '');
  if (totalAt < 0) return undefined;
  const grand = lines[totalAt]!;
  // The row as a reader finds it: the item, with its group's name for a 小计 (一般公共预算资金小计).
  const source = (l: Line, row = l.item || l.group) => ({ table: 't2', line: l.row.line.no, row });
  const total: Total = { name: grand.item, values: {}, sources: {}, source: source(grand) };
  layout.read.add(grand.row.line);
  if (grand.amount !== null) {
    total.values.total = grand.amount;
    total.sources!.total = source(grand);
  }
  const set = (key: string, l: Line, row?: string) => {
    layout.read.add(l.row.line);
    // Blank is not 0: a source printed blank stays absent. A key is never overwritten.
    if (l.amount === null) return;
    if (key in total.values) {
      layout.read.delete(l.row.line);
      return;
    }
    total.values[key] = l.amount;
    total.sources![key] = source(l, row);
  };
  const rest = lines.filter((_, i) => i !== totalAt);
  for (const block of blocks(rest)) {
    const named = block.find((l) => l.group !== '');
    const key = named ? sourceKey(named.group) : undefined;
    for (const l of block) {
      if (SUBTOTAL.test(l.item)) {
        if (key !== undefined) set(key, l, named!.group + l.item);
        // A group of several sources (其他资金: 事业收入 | 经营收入 | 其他收入): its 小计 is read when
        // its items, each kept, add up to it; otherwise it is reported (a line the reading lost).
        else if (l.amount === null || addsUp(l.amount, block.filter((o) => o !== l && !SUBTOTAL.test(o.item)))) layout.read.add(l.row.line);
        continue;
      }
      const part = /^其中/.test(l.item);
      const name = l.item.replace(/^其中[:：]?/, '');
      const own = part || key === 'carryOverStart' ? undefined : sourceKey(name);
      if (own !== undefined && own !== key) {
        set(own, l);
      } else if (key !== undefined && name !== '') {
        // Included in its group's value: a part, never a source of its own.
        if (l.amount !== null) (total.parts ??= []).push({ name, values: { [key]: l.amount }, source: source(l, name) });
        layout.read.add(l.row.line);
      } else if (l.amount === null) {
        layout.read.add(l.row.line);
      }
    }
  }
  if (Object.keys(total.sources!).length === 0) delete total.sources;
  return { ...tableHeader(layout), rows: [], total };
}

/** Whether the items' printed amounts add up to `amount` (to rounding: 0.005 per term). */
function addsUp(amount: number, items: readonly Line[]): boolean {
  const printed = items.filter((l) => l.amount !== null);
  const sum = printed.reduce((s, l) => s + l.amount!, 0);
  return printed.length > 0 && Math.abs(sum - amount) <= Math.max(0.01, 0.005 * printed.length);
}

/**
 * The groups of lines, told by their 小计: opening each group when the first line after 收入总计
 * is a 小计, closing it otherwise. Without any 小计, one block (each line names its own source).
 */
function blocks(lines: readonly Line[]): Line[][] {
  const opens = lines.length > 0 && SUBTOTAL.test(lines[0]!.item);
  const out: Line[][] = [[]];
  for (const l of lines) {
    const subtotal = SUBTOTAL.test(l.item);
    if (subtotal && opens && out[out.length - 1]!.length > 0) out.push([]);
    out[out.length - 1]!.push(l);
    if (subtotal && !opens) out.push([]);
  }
  return out.filter((b) => b.length > 0);
}
