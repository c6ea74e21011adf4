/**
 * 表7 "三公"经费: one row of amounts, grouped under 预算数 / 决算数 (a budget prints 上年
 * 预算 / 本年预算). The group of a column is the last group word at or before it; its key
 * comes from its own header words.
 */
import { warnBrokenAmounts } from './halves.js';
import { headerLeaves, matchInOrder, type Leaf } from '../grid/header-tree.js';
import type { Cell, TextLine } from '../lines.js';
import { isNumberCell, parseNumber } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { tableHeader } from './header.js';
import { keptGrid, type KeptCell, type KeptRow } from './kept-cells.js';
import { where, type BodyRow, type TableLayout } from './layout.js';
import { keptPaths, settleRelatedTotal } from './three-public-extras.js';
import { amountCells, yearGroupColumns } from './three-public-years.js';
import { groupColumns, itemKey, readItemGroups } from './three-public-items.js';
import { unitCycles } from './three-public-units.js';

export type Group = 'budget' | 'final' | 'previousBudget';
const KEYS = ['total', 'abroad', 'vehicles', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

export function groupOf(text: string, thisYear?: number): Group | undefined {
  // Two year groups (2025年预算数 | 2026年预算数): this year's is the budget, never the older.
  const year = /((?:19|20)\d{2})\s*年/.exec(text);
  if (year && thisYear !== undefined && Number(year[1]) < thisYear && !/决算/.test(text)) return 'previousBudget';
  if (/上年预算|上年/.test(text)) return 'previousBudget';
  if (/决算/.test(text)) return 'final';
  if (/预算/.test(text)) return 'budget';
  return undefined;
}

export function keyOf(text: string): string | undefined {
  if (/小计/.test(text)) return 'vehicles';
  if (/购置及运行|购置和运行/.test(text)) return 'vehicles';
  if (/购置/.test(text)) return 'vehiclePurchase';
  // 运行维护, not 机关运行经费 (a column of the combined regional table).
  if (/运行维护/.test(text)) return 'vehicleOperation';
  // "公务用车运行费" without 维护 (several regions), never 机关运行经费.
  if (/运行费$/.test(text) && !/机关运行/.test(text)) return 'vehicleOperation';
  // "“三公”经费财政拨款预算总额" (北京): the 三公 total under its own words.
  if (/合计|总计|总额/.test(text)) return 'total';
  if (/出国/.test(text)) return 'abroad';
  if (/接待/.test(text)) return 'reception';
  // Printed beside the 三公 in many 表7 ("“三公”经费及会议费、培训费…表"); never one of them.
  // Not 教育培训费 or 培训费收入 (a row of another kind of table).
  if (/会议费+(?:支出)?$/.test(text)) return 'meetings';
  if (/(?<!教育)培训费+(?:支出)?$/.test(text)) return 'training';
  return undefined;
}

export function parseThreePublicTable(layout: TableLayout, kind: 'final' | 'budget', warnings: WarningSink) {
  // Two amounts run together ("136.48455.12"): no reader takes the run, and the items around it
  // read blank, so the 小计 would fail as if the document did not add up. Said, a doubt.
  warnBrokenAmounts(layout, layout.rows.map((row) => ({ row })), warnings);
  const out = readThreePublicTable(layout, kind, warnings);
  for (const group of ['budget', 'final', 'previousBudget'] as const) {
    if (out[group]) settleRelatedTotal(out[group] as Record<string, unknown>);
  }
  return out;
}

function readThreePublicTable(layout: TableLayout, kind: 'final' | 'budget', warnings: WarningSink): Record<string, unknown> {
  const out: Record<string, unknown> = { ...tableHeader(layout) };
  const mapping = mapColumns(layout);
  const data = layout.rows.filter((r) => r.cells.some(isNumberCell));
  for (const row of layout.rows) if (!data.includes(row)) layout.read.add(row.line);
  const items = readItemRows(layout, data, warnings);
  if (items) {
    Object.assign(out, items);
    return out;
  }
  let row = data[0];
  if (!row) return out;
  if (!row.line.tabbed && readYearGroups(layout, data, out, warnings)) return out;
  let columns = mapping;
  const tree = row.line.tabbed ? undefined : readByHeaderTree(layout, row);
  if (tree && tree.columns.length >= 3) {
    row = tree.row;
    columns = tree.columns;
    settleFullRows([tree], warnings);
  }
  if (columns.length === 0) {
    warnings.add('columns-assumed', { line: layout.titleLine.no, text: layout.titleLine.text }, { where: where(layout.id) });
    columns = positional(row, kind);
  }
  // The groups printed as rows under one header ("预算数 593.46 …" / "决算数 587.55 …": 西安卫健
  // 公开09表): each row read by the same tree, into the group its label names.
  if (tree && tree.columns.length >= 3 && readGroupRows(layout, data, kind, out, warnings)) return out;
  // The path of each cell of `row` (the layout's columns, or the header tree's leaves).
  const pathOf = tree && row === tree.row ? keptPaths(tree.leaves, tree.columns, columns, leafPaths(tree.leaves)) : (index: number) => layout.columns[index]?.parts ?? [];
  for (const group of new Set(columns.map((c) => c.group))) {
    const amounts = (out[group] ??= { source: { table: layout.id, line: row.line.no } }) as Record<string, unknown>;
    readGroup(row, columns.filter((c) => c.group === group), amounts, layout.id, warnings);
  }
  layout.read.add(row.line);
  keepUnmapped(layout, [{ row, columns, pathOf }], warnings);
  return out;
}

/**
 * Data rows labelled by their group (预算数 / 决算数 / 上年…), two or more, each a different
 * group: every row's amounts placed under the header tree's leaves and read into its group.
 * False (nothing read) unless every data row is such a row and reads by the tree.
 */
function readGroupRows(layout: TableLayout, all: readonly BodyRow[], kind: 'final' | 'budget', out: Record<string, unknown>, warnings: WarningSink): boolean {
  // A change row ("增减变化金额", "比上年增减") is derived from the others: not a group.
  const data = all.filter((r) => !/增减|变化|变动|比上年/.test(labelOf(r)));
  if (data.length < 2) return false;
  // The title's year, else the latest year the rows name (a budget's rows: last year, this year).
  const years = data.map((r) => yearOf(labelOf(r))).filter((y): y is number => y !== undefined);
  const thisYear = yearOf(layout.title) ?? (years.length > 0 ? Math.max(...years) : undefined);
  // A row labelled by this year alone ("2026 年") holds this document's own figures.
  const own = (label: string) => (thisYear !== undefined && new RegExp(`${thisYear}年$`).test(label) ? (kind === 'final' ? 'final' : 'budget') : undefined);
  const printedGroups = data.map((r) => groupOf(labelOf(r), thisYear) ?? own(labelOf(r)));
  // Rows by unit repeat the cycle (深圳人社: the department's 2025 | 2026, then each unit's):
  // the first cycle is the department's own.
  const cycle = printedGroups.findIndex((g, i) => printedGroups.indexOf(g) !== i);
  const groupOfLabel = (label: string) => groupOf(label, thisYear) ?? own(label);
  const groups = cycle < 0 ? printedGroups : printedGroups.slice(0, cycle);
  const rows = data.slice(0, groups.length);
  if (groups.length < 2 || groups.some((g) => g === undefined)) return false;
  const read = rows.map((r) => readByHeaderTree(layout, r));
  if (read.some((t) => !t || t.columns.length < 3)) return false;
  read.forEach((tree, k) => {
    const amounts: Record<string, unknown> = { source: { table: layout.id, line: tree!.row.line.no } };
    readGroup(tree!.row, tree!.columns, amounts, layout.id, warnings);
    out[groups[k]!] = amounts;
    layout.read.add(rows[k]!.line);
  });
  // The department's change row, just after its groups: derived from them when it agrees.
  const change = all[all.indexOf(rows[rows.length - 1]!) + 1];
  if (change && CHANGE.test(labelOf(change))) readChange(layout, change, out, warnings);
  const reads = read.map((tree, k) => ({ row: tree!.row, columns: tree!.columns, pathOf: leafPaths(tree!.leaves), name: labelOf(rows[k]!) }));
  const trees = [...read];
  if (cycle >= 0) {
    // The units' rows after the department's, each unit's years read like the department's.
    const after = all.slice(all.indexOf(data[cycle]!));
    const units = readUnits(layout, after, groupOfLabel, warnings);
    if (units) {
      out.units = units.units;
      reads.push(...units.reads);
      trees.push(...units.reads.map((r) => r.tree));
    } else {
      // Rows that do not split into units of the department's years: kept as printed.
      for (const row of after) layout.read.add(row.line);
      layout.unitRows = after.length;
    }
  }
  keepUnmapped(layout, reads, warnings);
  settleFullRows(trees, warnings);
  return true;
}

const CHANGE = /增减|变化|变动|比上年/;

/**
 * A change row ("增减变化金额") that is this year's budget less last year's: kept as printed
 * (`change`) and read. One that is not stays unread: a real doubt, said.
 */
function readChange(layout: TableLayout, row: BodyRow, out: Record<string, unknown>, warnings: WarningSink): void {
  if (!isDifference(layout, row, out)) return;
  const tree = readByHeaderTree(layout, row)!;
  const amounts: Record<string, unknown> = { source: { table: layout.id, line: row.line.no } };
  readGroup(tree.row, tree.columns, amounts, layout.id, warnings);
  out.change = amounts;
  layout.read.add(row.line);
}

/**
 * Each unit after the department's rows (three-public-units.ts), its groups read by the header
 * tree into amounts as the department's are; a change row that agrees with them is derived.
 * Undefined, with nothing read, unless every row splits into units and every group row reads.
 */
function readUnits(layout: TableLayout, after: readonly BodyRow[], groupOfLabel: (label: string) => Group | undefined, warnings: WarningSink) {
  const lines = layout.rows.slice(layout.rows.indexOf(after[0]!), layout.rows.indexOf(after[after.length - 1]!) + 1);
  const cycles = unitCycles(lines, labelOf, groupOfLabel, (label) => CHANGE.test(label));
  if (!cycles) return undefined;
  const trees = new Map(cycles.flatMap((u) => u.groups).map(({ row }) => [row, readByHeaderTree(layout, row)]));
  if ([...trees.values()].some((t) => !t || t.columns.length < 3)) return undefined;
  const units: Record<string, unknown>[] = [];
  const reads: { row: BodyRow; columns: Mapped[]; pathOf: (index: number) => string[]; name: string; tree: ReturnType<typeof readByHeaderTree> }[] = [];
  for (const cycle of cycles) {
    const unit: Record<string, unknown> = { name: cycle.name };
    for (const { group, row } of cycle.groups) {
      const tree = trees.get(row)!;
      const amounts: Record<string, unknown> = { source: { table: layout.id, line: row.line.no } };
      readGroup(tree.row, tree.columns, amounts, layout.id, warnings);
      unit[group] = amounts;
      layout.read.add(row.line);
      reads.push({ row: tree.row, columns: tree.columns, pathOf: leafPaths(tree.leaves), name: `${cycle.name} ${labelOf(row)}`, tree });
    }
    // A change row that is not this year less last year stays unread: a real doubt, said.
    for (const change of cycle.changes) readChange(layout, change, unit, warnings);
    unit.source = { table: layout.id, line: cycle.line, row: cycle.name };
    units.push(unit);
  }
  // The lines of text between the rows are the units' names.
  for (const row of lines) if (!/\d/.test(row.line.text)) layout.read.add(row.line);
  return { units, reads };
}

/**
 * A change row ("增减变化金额") that prints, in every column the header tree reads, this
 * year's budget less last year's (one slip of 0.01 allowed per term): it adds nothing.
 */
function isDifference(layout: TableLayout, row: BodyRow, out: Record<string, unknown>): boolean {
  const now = out.budget as Record<string, unknown> | undefined;
  const before = out.previousBudget as Record<string, unknown> | undefined;
  const tree = readByHeaderTree(layout, row);
  if (!now || !before || !tree || tree.columns.length < 3) return false;
  // The first column of each key, as the groups were read.
  const first = tree.columns.filter((c, k) => tree.columns.findIndex((d) => d.key === c.key) === k);
  return first.every(({ index, key }) => {
    const printed = parseNumber(tree.row.cells[index] ?? '');
    const a = now[key];
    const b = before[key];
    // A blank (null) or dash cell agrees where a year is blank.
    if (typeof printed !== 'number') return printed == null && (a === null || b === null);
    // One year blank (no 因公出国 this year): the change is the other year's amount, ±.
    if (typeof a !== 'number' && typeof b !== 'number') return Math.abs(printed) <= 0.021;
    return Math.abs(printed - ((typeof a === 'number' ? a : 0) - (typeof b === 'number' ? b : 0))) <= 0.021;
  });
}

/** A year printed apart from its 年 ("2025 | 年") is a label, not an amount. */
function isYear(texts: readonly string[], i: number): boolean {
  return /^(?:19|20)\d{2}$/.test(texts[i] ?? '') && /^年/.test(texts[i + 1] ?? '');
}

function labelOf(row: BodyRow): string {
  const texts = row.cells.filter((c) => c !== '');
  return texts.filter((c, i) => !isNumberCell(c) || isYear(texts, i)).join('').replace(/\s+/g, '');
}

function leafPaths(leaves: readonly Leaf[]): (index: number) => string[] {
  return (index) => (leaves[index] ? [...leaves[index]!.groups, leaves[index]!.text] : []);
}

/**
 * Cells under columns the schema has no key for (会议费 | 培训费 beside the 三公, 机关运行经费
 * in a combined table): kept as printed under their header path (`layout.kept`, taken by
 * tables/index.ts), with a notice; a cell whose column has no header words is reported as
 * unread. One kept row per read row, in the same columns.
 */
function keepUnmapped(
  layout: TableLayout,
  reads: readonly { row: BodyRow; columns: readonly Mapped[]; pathOf: (index: number) => string[]; name?: string }[],
  warnings: WarningSink,
): void {
  const kept: KeptRow[] = [];
  for (const { row, columns: mapped, pathOf, name } of reads) {
    const used = new Set(mapped.map((c) => c.index));
    const cells: KeptCell[] = [];
    row.cells.forEach((cell, index) => {
      if (cell === '' || used.has(index)) return;
      const path = pathOf(index).map((p) => p.replace(/\s+/g, '')).filter((p) => p !== '');
      const value = parseNumber(cell);
      const column = path.join('/') || `#${index + 1}`;
      if (path.length === 0 || typeof value !== 'number') {
        warnings.add('column-unknown', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), column });
        return;
      }
      cells.push({ column, path, value });
      warnings.add('column-kept', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), column });
    });
    kept.push({ line: row.line.no, name: name ?? labelOf(row), cells });
  }
  const grid = keptGrid(kept, layout.id);
  if (grid) layout.kept = grid;
}

function mapColumns(layout: TableLayout): { index: number; group: Group; key: string }[] {
  const result: { index: number; group: Group; key: string }[] = [];
  let group: Group | undefined;
  layout.columns.forEach((column, index) => {
    group = groupOf(column.text) ?? group;
    // The column's own words first: the lowest header pieces, widened upwards until they
    // name a key, so 公务用车购置费 under 公务用车购置及运行维护费 is the purchase column.
    const parts = column.parts.length > 0 ? column.parts : [column.text];
    let key: string | undefined;
    for (let i = parts.length - 1; i >= 0 && key === undefined; i--) {
      key = keyOf(parts.slice(i).join('').replace(/上年预算数?|预算数|决算数|本年预算数?/g, ''));
    }
    if (group && key) result.push({ index, group, key });
  });
  return result;
}

function positional(row: BodyRow, kind: 'final' | 'budget') {
  const filled = row.cells.length;
  const groups: Group[] = filled >= 12 ? ['budget', 'final'] : [kind === 'final' ? 'final' : 'budget'];
  const columns: { index: number; group: Group; key: string }[] = [];
  groups.forEach((group, g) => KEYS.forEach((key, k) => columns.push({ index: g * 6 + k, group, key })));
  return columns;
}

/** A leaf's key in its group; `fund` when the leaf is one fund of an item (深圳 表9). */
type Mapped = { index: number; group: Group; key: string; fund?: boolean };

/**
 * One group's amounts from a row: the first cell of each key, except an item printed by fund
 * (总计 | 因公出国 … each over 一般公共预算 | 政府性基金预算 | 国有资本经营预算): the 财政拨款
 * 三公 are all three funds, so the item's amount is the sum of its fund cells (blank when all
 * are), not its 一般公共预算 cell alone.
 */
function readGroup(row: BodyRow, columns: readonly Mapped[], amounts: Record<string, unknown>, id: TableLayout['id'], warnings: WarningSink): void {
  for (const { index, key, fund } of columns) {
    if (!(key in amounts)) amounts[key] = amountCell(row, index, key, id, warnings);
    else if (fund) {
      const before = amounts[key] as number | null;
      const cell = amountCell(row, index, key, id, warnings);
      // Rounded to 10⁻⁶: a sum of printed amounts stays exact.
      if (cell !== null) amounts[key] = Math.round(((before ?? 0) + cell) * 1e6) / 1e6;
    } else {
      // The same item twice in one group (two groups the header did not tell apart): the
      // second amount has no place; said, never dropped silently.
      const cell = parseNumber(row.cells[index] ?? '');
      if (typeof cell === 'number' && cell !== amounts[key]) warnings.add('column-unknown', { line: row.line.no, text: row.line.raw }, { where: where(id), column: key });
    }
  }
}

/**
 * Space text: the header tree's leaves (grid/header-tree.ts) with the data row's amounts
 * placed under them in order, under whichever width metric puts them closest. Returns the
 * row as one cell per leaf and the leaves' keys.
 */
function readByHeaderTree(layout: TableLayout, row: BodyRow): { row: BodyRow; leaves: Leaf[]; columns: Mapped[]; full: boolean } | undefined {
  const header = (layout.header ?? []).filter((l) => l.cells.some((c) => c.text !== ''));
  if (header.length === 0) return undefined;
  const texts = row.line.cells.filter((c) => c.text !== '');
  const words = texts.map((c) => c.text);
  const amounts = texts.filter((c, i) => (isNumberCell(c.text) && !isYear(words, i)) || /^[-—–]$/.test(c.text));
  const thisYear = yearOf(layout.title) ?? latestGroupYear(header);
  // The metric whose header tree broke fewer words wins; placement cost decides between
  // equals. pdftotext places CJK headers by neither metric exactly, and a tree that broke a
  // wrapped word ("因公出国（境）费 / 用" read as "用") can still place its
  // amounts closely — one column off (西安卫健 公开09表: 593.46 under 因公出国 instead of 小计).
  let best: { leaves: Leaf[]; match: number[]; cost: number; metric: 'chars' | 'display'; columns: Mapped[]; broken: number } | undefined;
  for (const metric of ['chars', 'display'] as const) {
    const span = (c: Cell) => (metric === 'chars' ? { x0: c.cstart, x1: c.cend } : { x0: c.start, x1: c.end });
    const leaves = headerLeaves(header.map((l) => l.cells.filter((c) => c.text !== '').map((c) => ({ text: c.text, ...span(c) }))));
    const spans = amounts.map(span);
    const match = matchInOrder(spans, leaves);
    const width = Math.max(1, ...leaves.map((l) => l.x1), ...spans.map((a) => a.x1));
    let cost = 0;
    match.forEach((j, i) => {
      cost += j < 0 ? 1 : Math.abs((spans[i]!.x0 + spans[i]!.x1 - leaves[j]!.x0 - leaves[j]!.x1) / 2) / width;
    });
    const columns = groupReading(leaves, thisYear, groupsByMarker(header, leaves, metric, thisYear));
    // A leaf of one character is a word the tree broke ("用" of 因公出国（境）费用, "费").
    const broken = leaves.filter((l) => l.text.length <= 1).length;
    const better = !best || broken < best.broken || (broken === best.broken && cost < best.cost);
    if (better) best = { leaves, match, cost, metric, columns, broken };
  }
  if (!best || best.match.some((j) => j < 0)) return undefined;
  const cells = best.leaves.map(() => '');
  best.match.forEach((j, i) => (cells[j] = amounts[i]!.text));
  return { row: { line: row.line, cells }, leaves: best.leaves, columns: best.columns, full: amounts.length > 0 && amounts.length === best.leaves.length - Math.min(...best.match) };
}

/**
 * A row that fills every amount leaf of the header tree (every leaf from its first amount on,
 * the label leaves 预算单位 | 年度 before it) places its amounts in printed order, one a leaf:
 * the shared grid's doubt about it (columns-ambiguous) does not stand.
 */
function settleFullRows(read: readonly (ReturnType<typeof readByHeaderTree> | undefined)[], warnings: WarningSink): void {
  warnings.withdraw('columns-ambiguous', new Set(read.filter((t) => t?.full).map((t) => t!.row.line.no)));
}

/**
 * The group (预算数 | 决算数 | a year) of each leaf from the group words printed above the
 * leaves. Printed flush left over their first leaf (the national 预算数 … 决算数), a group runs
 * from its left edge; centred over their leaves, groups meet halfway between each other.
 */
function groupsByMarker(header: readonly TextLine[], leaves: readonly Leaf[], metric: 'chars' | 'display', thisYear: number | undefined): (Group | undefined)[][] {
  const span = (c: Cell) => (metric === 'chars' ? { x0: c.cstart, x1: c.cend } : { x0: c.start, x1: c.end });
  const markers: { x0: number; x1: number; group: Group }[] = [];
  for (const line of header) {
    const found = line.cells
      .filter((c) => /^(?:(?:19|20)\d{2}\s*年\s*)?(?:上年|本年)?(?:预算数?|决算数?)$/.test(c.text.replace(/\s+/g, '')))
      .map((c) => ({ ...span(c), group: groupOf(c.text.replace(/\s+/g, ''), thisYear)! }));
    if (found.length >= 2) {
      markers.push(...found);
      break;
    }
  }
  if (markers.length < 2) return [leaves.map(() => undefined)];
  // Printed flush left over their first leaf (the first group word starts the header) or
  // centred over their leaves. Flush words are snapped to the leaf nearest their left edge, so a
  // word a character or two off its leaf (pdftotext's jitter) still starts its group there.
  const left = Math.min(...leaves.map((l) => l.x0));
  const flush = Math.abs(markers[0]!.x0 - left) <= 1 || markers.every((m) => leaves.some((l) => Math.abs(l.x0 - m.x0) <= 1));
  const snapped = markers.map((m) => leaves.reduce((best, l) => (Math.abs(l.x0 - m.x0) < Math.abs(best - m.x0) ? l.x0 : best), Infinity));
  const reading = (flushLeft: boolean) =>
    leaves.map((leaf) => {
      const x = flushLeft ? leaf.x0 : (leaf.x0 + leaf.x1) / 2;
      let k = 0;
      for (let i = 1; i < markers.length; i++) {
        const boundary = flushLeft ? snapped[i]! - 0.5 : (markers[i - 1]!.x1 + markers[i]!.x0) / 2;
        if (x >= boundary) k = i;
      }
      return markers[k]!.group;
    });
  // Both readings, the likelier first: a centred word can start right over an inner leaf
  // (预算数 over 公务用车…'s 小计), which looks flush; groupReading decides by the keys.
  return flush ? [reading(true), reading(false)] : [reading(false), reading(true)];
}

/**
 * Groups told by the items themselves: when the leaves split into as many equal blocks as
 * there are group words, each block the same items in the same order (合计 | 因公出国 | 小计 |
 * 购置费 | 运行费 | 公务接待费, twice), block k is the k-th group. This holds however far the
 * group words sit from their leaves (pdftotext squeezes CJK headers: in characters "预算数"
 * can end up nearer the 决算数 leaves' middle than its own).
 */
function repeatedBlocks(leaves: readonly Leaf[], thisYear: number | undefined, marked: readonly (Group | undefined)[]): (Group | undefined)[] | undefined {
  const order = [...new Set(marked.filter((g): g is Group => g !== undefined))];
  if (order.length < 2 || leaves.length % order.length !== 0) return undefined;
  const size = leaves.length / order.length;
  const keys = new Map(mapLeaves(leaves, thisYear, marked).map((m) => [m.index, m.key]));
  const block = (b: number) => Array.from({ length: size }, (_, i) => keys.get(b * size + i) ?? '').join('|');
  const first = block(0);
  // Every leaf keyed: a block with a blank or unknown leaf is no evidence.
  if (first.split('|').some((k) => k === '')) return undefined;
  for (let b = 1; b < order.length; b++) if (block(b) !== first) return undefined;
  return leaves.map((_, i) => order[Math.floor(i / size)]);
}

/**
 * The leaves' keys under the likelier group reading: the first in which no group holds a key
 * twice. Groups side by side repeat the same items (合计 | 因公出国 | … under 预算数, again
 * under 决算数), so a reading that puts the 决算数 合计 into the 预算数 group is wrong: its
 * amount would be dropped as a second 合计 of the budget.
 */
function groupReading(leaves: readonly Leaf[], thisYear: number | undefined, readings: readonly (Group | undefined)[][]): Mapped[] {
  const twice = (mapped: readonly Mapped[]) => {
    const keys = mapped.filter((m) => !m.fund).map((m) => `${m.group}:${m.key}`);
    return keys.length - new Set(keys).size;
  };
  let best: Mapped[] | undefined;
  const blocks = repeatedBlocks(leaves, thisYear, readings[0]!);
  for (const marked of blocks ? [blocks, ...readings] : readings) {
    const mapped = mapLeaves(leaves, thisYear, marked);
    if (!best || twice(mapped) < twice(best)) best = mapped;
  }
  return best!;
}

/**
 * Year groups side by side (2021年 | 2022年 | 增减变化情况, one row per unit under the 合计 row):
 * the first row's amounts by the columns their arithmetic tells (three-public-years.ts).
 */
function readYearGroups(layout: TableLayout, data: readonly BodyRow[], out: Record<string, unknown>, warnings: WarningSink): boolean {
  const years = yearGroupColumns(layout.header ?? [], data, yearOf(layout.title));
  if (!years) return false;
  const first = data[0]!;
  const row: BodyRow = { line: first.line, cells: amountCells(first).map((c) => c.text) };
  for (const { group, at } of years.groups) {
    const amounts: Record<string, unknown> = { source: { table: layout.id, line: row.line.no } };
    for (const key of KEYS) if (key in at) amounts[key] = amountCell(row, at[key]!, key, layout.id, warnings);
    out[group] = amounts;
  }
  layout.read.add(first.line);
  // The rows after the first are the units' (one per unit under the 合计 row): the schema
  // has no place for them.
  const units = data.slice(1).filter((r) => amountCells(r).length === amountCells(first).length);
  for (const r of units) layout.read.add(r.line);
  if (units.length > 0) layout.unitRows = units.length;
  return true;
}

/**
 * The latest year of the header's group words (2025年预算数 | 2026年预算数 side by side, 山东):
 * with no year in the title, that one is this document's, so the older is the previous
 * budget. Without it both read as 预算, and the second group's 合计 was dropped as a repeat.
 */
function latestGroupYear(header: readonly TextLine[]): number | undefined {
  const years = header.flatMap((l) =>
    l.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => /^(?:19|20)\d{2}年(?:预算数?|决算数?)$/.test(t)).map((t) => Number(t.slice(0, 4))),
  );
  return new Set(years).size >= 2 ? Math.max(...years) : undefined;
}

function yearOf(title: string): number | undefined {
  const match = /((?:19|20)\d{2})\s*年/.exec(title);
  return match ? Number(match[1]) : undefined;
}

/**
 * Keys of the leaves, left to right. A 小计 is the vehicle subtotal under a 公务用车 group or
 * just before the 购置费 leaf, and the "三公" subtotal just before 因公出国; a bare 合计 beside
 * such a 三公 subtotal is the grand total with 会议费/培训费 (totalWithRelated).
 */
const FUND_LEAF = /^(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:拨款|资金)?$/;
const FUND_SUFFIX = /(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:拨款|资金)?$/;

function mapLeaves(leaves: readonly Leaf[], thisYear: number | undefined, marked: readonly (Group | undefined)[]): Mapped[] {
  const bare = (t: string) => t.replace(/上年预算数?|预算数|决算数|本年预算数?|(?:19|20)\d{2}年/g, '');
  // The leaf's own words first; a leaf that says nothing alone ("国（境）费" under a squeezed
  // "因公出") is read with its nearest group.
  // Items by fund (总计 | 因公出国 … each over 一般公共预算 | 政府性基金预算 | 国有资本经营预算,
  // 深圳's 表9): the item word, squeezed over the middle fund leaf, reads as that leaf's text
  // ("总计政府性基金预算"); its neighbours, bare fund names, belong to the same item.
  const itemOf = (i: number) => {
    const text = leaves[i] ? bare(leaves[i]!.text) : '';
    const fund = FUND_SUFFIX.exec(text);
    return fund && fund.index > 0 ? keyOf(text.slice(0, fund.index)) : undefined;
  };
  // Read as a tree (a PDF's grid: no word squeezed into a leaf), the item word is the fund
  // leaves' group: the innermost group that names an item ("小计" under 公务用车购置及运行维护费).
  const groupItem = (l: Leaf) => {
    for (let k = l.groups.length - 1; k >= 0; k--) {
      const key = keyOf(bare(l.groups[k]!));
      if (key) return key;
    }
    return undefined;
  };
  const own = leaves.map((l, i) =>
    FUND_LEAF.test(bare(l.text))
      ? itemOf(i + 1) ?? itemOf(i - 1) ?? groupItem(l)
      : keyOf(bare(l.text)) ?? (l.groups.length > 0 ? keyOf(bare(l.groups[l.groups.length - 1]! + l.text)) : undefined),
  );
  const out: Mapped[] = [];
  let threeSubtotal = false;
  let current: Group = 'budget';
  leaves.forEach((leaf, i) => {
    let key = own[i];
    if (/^(?:小计|合计)$/.test(leaf.text)) {
      if (leaf.groups.some((g) => /公务用车/.test(g)) || own[i + 1] === 'vehiclePurchase' || own[i + 1] === 'vehicleOperation') key = 'vehicles';
      else if (own[i + 1] === 'abroad' && leaf.text === '小计') {
        key = 'total';
        threeSubtotal = true;
      }
    }
    // A group word (预算数 | 决算数, a year) holds for the leaves after it up to the next one.
    const group = (current = marked[i] ?? groupOf([...leaf.groups, leaf.text].join(''), thisYear) ?? current);
    if (key) out.push(FUND_SUFFIX.test(bare(leaf.text)) ? { index: i, group, key, fund: true } : { index: i, group, key });
  });
  // The 三公 subtotal is the schema's total; the 合计 over 会议费/培训费 too is the grand one.
  if (threeSubtotal) return out.map((m) => (m.key === 'total' && leaves[m.index]!.text !== '小计' ? { ...m, key: 'totalWithRelated' } : m));
  return out;
}

/**
 * The 三公 items printed as rows ("（一）因公出国（境）支出", "1.公务用车购置费" …) with the amounts
 * by source in columns: each item's first amount (its 合计) is the budget. A 决算 prints them
 * as 项目 | 预算数 | 决算数 (three-public-items.ts): each group from its own column, a blank cell null.
 */
function readItemRows(layout: TableLayout, data: readonly BodyRow[], warnings: WarningSink): Record<string, unknown> | undefined {
  const byGroup = groupColumns(layout.columns.map((c) => c.text), data, layout.title);
  if (byGroup) return readItemGroups(layout, byGroup, warnings);
  const budget = readItemBudget(layout, data, warnings);
  return budget ? { budget } : undefined;
}

function readItemBudget(layout: TableLayout, data: readonly BodyRow[], warnings: WarningSink): Record<string, unknown> | undefined {
  const found: { key: string; row: BodyRow; index: number }[] = [];
  for (const row of data) {
    const label = row.cells.findIndex((c) => c !== '' && !isNumberCell(c));
    if (label < 0) continue;
    const key = itemKey(row.cells[label]!);
    const index = row.cells.findIndex((c, i) => i > label && isNumberCell(c));
    if (key && index >= 0 && !found.some((f) => f.key === key)) found.push({ key, row, index });
  }
  if (found.length < 3) return undefined;
  const amounts: Record<string, unknown> = { source: { table: layout.id, line: found[0]!.row.line.no } };
  for (const { key, row, index } of found) {
    amounts[key] = amountCell(row, index, key, layout.id, warnings);
    layout.read.add(row.line);
  }
  keepOtherItems(layout, data.filter((row) => !found.some((f) => f.row === row)), warnings);
  return amounts;
}

/**
 * Item rows the schema has no key for (行政经费 above the 三公 items of a combined table):
 * kept as printed under their columns' headers (`layout.kept`), with a notice, not unread.
 */
const LINE_NUMBER = /^(?:栏次|行次)$/;

export function keepOtherItems(layout: TableLayout, rows: readonly BodyRow[], warnings: WarningSink, also: readonly KeptRow[] = []): void {
  const kept: KeptRow[] = [...also];
  for (const row of rows) {
    const label = row.cells.findIndex((c) => c !== '' && !isNumberCell(c));
    if (label < 0) continue;
    const name = row.cells[label]!.replace(/\s+/g, '');
    const cells: KeptCell[] = [];
    let numbered = false;
    row.cells.forEach((cell, i) => {
      const value = i > label ? parseNumber(cell) : undefined;
      if (typeof value !== 'number') return;
      const path = layout.columns[i]?.parts.length ? layout.columns[i]!.parts : [layout.columns[i]?.text ?? ''];
      // A 栏次 / 行次 is the row's number, not an amount or a count of it.
      if (LINE_NUMBER.test(path.join('').replace(/\s+/g, ''))) numbered = true;
      else cells.push({ column: path.join('/'), path: path.filter((p) => p !== ''), value });
    });
    if (cells.length === 0) {
      // Only its number printed (团组数 blank): nothing to keep, nothing lost.
      if (numbered) layout.read.add(row.line);
      continue;
    }
    kept.push({ line: row.line.no, name, cells });
    layout.read.add(row.line);
    warnings.add('row-kept', { line: row.line.no, text: row.line.raw }, { where: where(layout.id), row: name });
  }
  // In printed order: item rows' unkeyed cells (three-public-items.ts) among the other rows.
  const grid = keptGrid(kept.sort((a, b) => a.line - b.line), layout.id);
  if (grid) layout.kept = grid;
}
