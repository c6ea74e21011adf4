/**
 * Rule 48: the totals of the tables kept as printed (`otherTables`: 政府采购 lists, tables by
 * unit or by fund, the columns no schema key took). Nothing in them is interpreted, so this
 * rule only adds up what the printed structure itself shows, and only where it is plain:
 *
 * - rows: a coded row (功能/经济分类, codes of 3, 5 or 7 digits) equals the rows right below it
 *   whose codes extend its own by two digits; a 合计/总计 row equals its 类 rows (every other
 *   row coded, each 类 once), or — when no row is coded and no other row is a 小计/其中 —
 *   all the other rows;
 * - columns: a group (["基本支出", "小计"] beside ["基本支出", "人员经费"], ["基本支出",
 *   "公用经费"]) equals its leaves; a 合计/总计 column of one header cell equals the other
 *   columns, each group counted by its own total (or its leaves). Columns kept only because no
 *   schema key took them (`unmapped-columns`) are not the whole table: no column check there.
 *
 * A header tree can be misplaced by the reading (a wrapped header cell lands under the wrong
 * group), so a sum that does not hold is a warning, never an error; where a total is printed
 * but its parts are not plain (a second 小计, a 其中 column, repeated codes, rows without codes
 * that do not add up), or the reading shows through (rows that add up in one column but not in
 * another; a code block that fails and is followed by rows without codes), the table gets one
 * "未能核对" naming why. Tolerances are §5's, in the
 * unit the table prints. Linear in the table's cells (code blocks are at most three deep).
 */
import type { Disclosure } from '../../schema/disclosure.js';
import type { OtherTable } from '../../schema/other-tables.js';
import type { Lang } from '../../format/messages.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import { finding, guard, isNumber } from '../check.js';
import { amountVerdict, clean } from '../tolerance.js';
import { localized, num, say } from '../text.js';

const INFO: RuleInfo = {
  id: 'R48',
  name: 'other-table-totals',
  description: {
    'zh-CN': '照录的其他表格（政府采购表、分单位或分资金表等）中，合计（总计）行等于其所列各行之和，合计（小计）列等于其下各列之和；仅核对表头和科目编码能明确构成的部分，不符为警告。',
    en: 'In the tables kept as printed (政府采购, tables by unit or by fund …), a 合计/总计 row equals the rows it totals and a 合计/小计 column the columns under it; only where the codes or the header show the parts plainly, and a gap is a warning.',
  },
};

const TOTAL = /^(?:合计|总计)$/;
const SUBTOTAL = /^(?:合计|总计|小计)$/;
/** Columns that are not amounts (rates, weights, counts, codes): never added up. */
const NOT_AMOUNT = /%|率|比重|权重|指标|序号|编码|代码|数量|人数|个数|辆/;
const PART_OF = /^其中/;

const clip = (text: string) => text.replace(/\s+/g, '');

interface Sum {
  /** Row index of the total, column index of the total. */
  row: number;
  column: number;
  /** The cells added up: [row, column] pairs. */
  terms: readonly (readonly [number, number])[];
  /** Where the parts come from, for the message: 各行 / 各列. */
  by: 'rows' | 'columns';
  /** The row sums of one total row over its columns share a block (the total row's index). */
  block?: number;
  /** The block's coded rows end at a row without a code: maybe its own rows whose codes were not read. */
  open?: boolean;
}

/** The sums one table plainly shows, and why a printed total could not be checked (exported for the reach count in docs/audit-checklist.md). */
export function plan(table: OtherTable): { sums: Sum[]; unclear: { zh: string; en: string }[] } {
  const sums: Sum[] = [];
  const unclear: { zh: string; en: string }[] = [];
  const amountColumns = table.columns.map((column) => !NOT_AMOUNT.test(column.path.join('')));
  const columnIndexes = table.columns.map((_, c) => c).filter((c) => amountColumns[c]);
  planRows(table, columnIndexes, sums, unclear);
  if (table.reason !== 'unmapped-columns') planColumns(table, amountColumns, sums, unclear);
  return { sums, unclear };
}

function planRows(table: OtherTable, columns: readonly number[], sums: Sum[], unclear: { zh: string; en: string }[]): void {
  const rows = table.rows;
  const totals = rows.flatMap((row, r) => (TOTAL.test(clip(row.name)) && !row.code ? [r] : []));
  const coded = rows.flatMap((row, r) => (row.code && /^(?:\d{3}|\d{5}|\d{7})$/.test(row.code) ? [r] : []));
  // Codes nest: a coded row and the block of rows right below it that extend its code.
  for (const r of coded) {
    const code = rows[r]!.code!;
    const children: number[] = [];
    let next = r + 1;
    while (next < rows.length && rows[next]!.code?.startsWith(code) && rows[next]!.code !== code) {
      if (rows[next]!.code!.length === code.length + 2) children.push(next);
      next += 1;
    }
    if (children.length === 0) continue;
    // A code printed twice under one parent (two classifications side by side) is no plain tree.
    if (new Set(children.map((child) => rows[child]!.code)).size !== children.length) continue;
    // A block whose deeper rows skip a level (a 7-digit row with no 5-digit parent) is not plain.
    const levels = new Set(rows.slice(r + 1, next).map((row) => row.code!.length));
    if ([...levels].some((length) => length > code.length + 2 && !levels.has(length - 2))) continue;
    // Rows without codes right after the block may be its own rows (a wrapped name that took
    // its code away, 重庆 表二 from the PDF) or the next section (a unit's name, 深圳人社 表8).
    const open = next < rows.length && !rows[next]!.code && !TOTAL.test(clip(rows[next]!.name));
    for (const c of columns) sums.push({ row: r, column: c, terms: children.map((child) => [child, c] as const), by: 'rows', block: r, open });
  }
  if (totals.length === 0) return;
  if (totals.length > 1) {
    unclear.push({ zh: '表中有不止一行合计（总计）', en: 'the table prints more than one 合计/总计 row' });
    return;
  }
  const total = totals[0]!;
  const others = rows.flatMap((_, r) => (r === total ? [] : [r]));
  let parts: number[] | null = null;
  if (coded.length > 0) {
    const top = coded.filter((r) => rows[r]!.code!.length === 3);
    const topCodes = new Set(top.map((r) => rows[r]!.code));
    if (coded.length === others.length && top.length > 0 && topCodes.size === top.length) parts = top;
    else unclear.push({ zh: '合计行之外有未编码的行或重复的类级科目', en: 'rows besides the 合计 row carry no code, or a 类 code repeats' });
  } else if (others.some((r) => SUBTOTAL.test(clip(rows[r]!.name)) || PART_OF.test(clip(rows[r]!.name)))) {
    unclear.push({ zh: '各行中另有小计或“其中”行', en: 'other rows include a 小计 or a 其中 row' });
  } else if (others.length > 0) {
    // Rows without codes may still nest (a unit and its sub-units): a flat sum that does not
    // hold says "could not check", never a gap.
    const flat = columns.every((c) => agrees(table, total, c, others.map((r) => [r, c] as const)));
    if (flat) parts = others;
    else unclear.push({ zh: '各行未印科目编码，其层级不明确，且其直接相加不等于合计', en: 'the rows print no codes, so their levels are not plain, and their plain sum is not the 合计' });
  }
  if (parts) for (const c of columns) sums.push({ row: total, column: c, terms: parts.map((r) => [r, c] as const), by: 'rows', block: total });
}

function planColumns(table: OtherTable, amount: readonly boolean[], sums: Sum[], unclear: { zh: string; en: string }[]): void {
  const paths = table.columns.map((column) => column.path.map(clip));
  const add = (total: number, parts: readonly number[]) => {
    if (!amount[total] || parts.some((c) => !amount[c])) return;
    table.rows.forEach((_, r) => sums.push({ row: r, column: total, terms: parts.map((c) => [r, c] as const), by: 'columns' }));
  };
  // Groups by their first header cell: one total (["X"] or ["X", 小计|合计]) and flat leaves.
  const groups = new Map<string, number[]>();
  paths.forEach((path, c) => {
    if (path.length === 0) return;
    const key = path[0]!;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  });
  /** What a group adds to the table's total: its total column, its leaves, or null (not plain). */
  const groupParts = new Map<string, number[] | null>();
  for (const [key, members] of groups) {
    if (members.length === 1 && paths[members[0]!]!.length === 1) {
      groupParts.set(key, members);
      continue;
    }
    // A group's own total: its header cell alone over longer paths, or a 小计/合计 under it.
    // Columns that merely repeat one name (two "金额") are no group and print no total.
    const deeper = members.some((c) => paths[c]!.length > 1);
    const totals = members.filter((c) => (deeper && paths[c]!.length === 1) || (paths[c]!.length === 2 && SUBTOTAL.test(paths[c]![1]!)));
    const leaves = members.filter((c) => !totals.includes(c));
    const names = leaves.map((c) => paths[c]![1] ?? '');
    const flat =
      leaves.length >= 2 &&
      leaves.every((c) => paths[c]!.length === 2) &&
      !names.some((name) => SUBTOTAL.test(name) || PART_OF.test(name)) &&
      new Set(names).size === names.length;
    if (totals.length === 1 && flat) {
      add(totals[0]!, leaves);
      groupParts.set(key, totals);
    } else if (totals.length === 0 && flat) {
      groupParts.set(key, leaves);
    } else {
      if (totals.length > 0 && !TOTAL.test(key)) unclear.push({ zh: `“${key}”列组的构成不明确`, en: `the parts of the column group “${key}” are not plain` });
      groupParts.set(key, null);
    }
  }
  // The table's 合计/总计 column: one header cell, beside the other groups.
  const grand = paths.flatMap((path, c) => (path.length === 1 && TOTAL.test(path[0]!) ? [c] : []));
  if (grand.length === 0) return;
  const rest = [...groupParts.entries()].filter(([key]) => !TOTAL.test(key));
  const plain =
    grand.length === 1 &&
    groups.get(paths[grand[0]!]![0]!)!.length === 1 &&
    paths.every((path) => path.length > 0) &&
    rest.length >= 2 &&
    rest.every(([key, parts]) => parts !== null && !SUBTOTAL.test(key) && !PART_OF.test(key));
  if (plain) add(grand[0]!, rest.flatMap(([, parts]) => parts!));
  else unclear.push({ zh: '合计（总计）列的构成不明确（表头另有小计、“其中”、空白或重复的列）', en: 'the parts of the 合计/总计 column are not plain (the header prints another 小计, a 其中, a blank or a repeated column)' });
}

/** Whether the printed total agrees with its terms within rounding (a blank total or no printed term: nothing to hold against). */
function agrees(table: OtherTable, row: number, column: number, terms: readonly (readonly [number, number])[]): boolean {
  const total = table.rows[row]!.values[column];
  if (!isNumber(total)) return true;
  const values = terms.map(([r, c]) => table.rows[r]!.values[c]);
  if (!values.some(isNumber)) return true;
  const sum = values.reduce<number>((acc, value) => acc + (isNumber(value) ? value : 0), 0);
  return amountVerdict(total - sum, values.filter(isNumber).length, table.unit) !== 'error';
}

function tableLabel(table: OtherTable): string {
  return `${table.label ? `${table.label} ` : ''}${table.title}`;
}

function columnLabel(table: OtherTable, column: number): string {
  return table.columns[column]!.path.join('／') || `#${column + 1}`;
}

function field(table: OtherTable, index: number, row: number, column: number): FieldRef {
  const line = table.rows[row]!.source?.line;
  const label = `${tableLabel(table)} ${table.rows[row]!.name} ${columnLabel(table, column)}`;
  const path = `otherTables[${index}].rows[${row}].values[${column}]`;
  return line === undefined ? { path, label } : { path, label, line };
}

interface Outcome {
  sum: Sum;
  total: number;
  expected: number;
  terms: number;
  verdict: ReturnType<typeof amountVerdict>;
}

function outcomeOf(table: OtherTable, sum: Sum): Outcome | null {
  const total = table.rows[sum.row]!.values[sum.column];
  if (!isNumber(total)) return null;
  const printed = sum.terms.map(([r, c]) => table.rows[r]!.values[c]).filter(isNumber);
  if (printed.length === 0) return null;
  const expected = clean(printed.reduce((acc, value) => acc + value, 0));
  return { sum, total, expected, terms: printed.length, verdict: amountVerdict(total - expected, printed.length, table.unit) };
}

/**
 * The row blocks whose rows add up in one column but not in another: the amounts are all there,
 * so the reading put some in the wrong column (a page laid out anew, a wrapped header). Such a
 * block is "could not check", not a gap.
 */
function misplacedBlocks(outcomes: readonly Outcome[]): Set<number> {
  const holds = new Set<number>();
  const fails = new Set<number>();
  for (const { sum, verdict, expected } of outcomes) {
    if (sum.block === undefined) continue;
    if (verdict === 'error') fails.add(sum.block);
    else if (expected !== 0) holds.add(sum.block);
  }
  return new Set([...fails].filter((block) => holds.has(block)));
}

function checkTable(table: OtherTable, index: number): Finding[] {
  const { sums, unclear } = plan(table);
  const outcomes = sums.flatMap((sum) => {
    const outcome = outcomeOf(table, sum);
    return outcome && outcome.verdict !== 'ok' ? [outcome] : outcome && sum.block !== undefined ? [outcome] : [];
  });
  const misplaced = misplacedBlocks(outcomes);
  for (const block of misplaced) {
    const name = table.rows[block]!.name;
    unclear.push({ zh: `“${name}”行之下各行在一列相加相符、在另一列不符，金额可能被读入了错误的列`, en: `the rows under “${name}” add up in one column but not in another: amounts may have been read into the wrong column` });
  }
  // A gap in a block followed by uncoded rows may be those rows: not a gap the document shows.
  for (const { sum, verdict } of outcomes) {
    if (verdict !== 'error' || !sum.open || sum.block === undefined || misplaced.has(sum.block)) continue;
    misplaced.add(sum.block);
    const name = table.rows[sum.block]!.name;
    unclear.push({ zh: `“${name}”行之下的编码行后接未印编码的行（可能是编码未读出的下级行），其和不等于该行`, en: `the coded rows under “${name}” are followed by rows without codes (perhaps its own rows whose codes were not read), and do not add up to it` });
  }
  const out: Finding[] = [];
  for (const { sum, total, expected, verdict } of outcomes) {
    if (verdict === 'ok' || (sum.block !== undefined && misplaced.has(sum.block))) continue;
    const values = sum.terms.map(([r, c]) => table.rows[r]!.values[c]);
    const fields = [field(table, index, sum.row, sum.column), ...sum.terms.flatMap(([r, c], i) => (isNumber(values[i]) ? [field(table, index, r, c)] : []))];
    const where = (lang: Lang) => say(lang, `${tableLabel(table)}“${table.rows[sum.row]!.name}”行“${columnLabel(table, sum.column)}”列`, `${tableLabel(table)}, row “${table.rows[sum.row]!.name}”, column “${columnLabel(table, sum.column)}”`);
    const message = localized((lang) =>
      sum.by === 'rows'
        ? say(lang, `${where(lang)}为 ${num(total, lang)}，但其下各行之和为 ${num(expected, lang)}`, `${where(lang)} is ${num(total, lang)}, but the rows under it add up to ${num(expected, lang)}`)
        : say(lang, `${where(lang)}为 ${num(total, lang)}，但表头下属各列之和为 ${num(expected, lang)}`, `${where(lang)} is ${num(total, lang)}, but the columns under it in the header add up to ${num(expected, lang)}`),
    );
    out.push(finding({ rule: INFO, cells: [], fields }, verdict === 'error' ? 'warning' : 'rounding', expected, total, message));
  }
  if (unclear.length > 0) {
    const message = localized((lang) =>
      say(
        lang,
        `未能核对（${tableLabel(table)}）：${unclear.map((why) => why.zh).join('；')}`,
        `Could not be checked (${tableLabel(table)}): ${unclear.map((why) => why.en).join('; ')}`,
      ),
    );
    out.push(finding({ rule: INFO, cells: [], fields: [{ path: `otherTables[${index}]`, label: tableLabel(table) }] }, 'unchecked', null, null, message));
  }
  return out;
}

function check(doc: Disclosure): Finding[] {
  const tables = doc.otherTables ?? [];
  return tables.flatMap((table, index) => guard(INFO, () => checkTable(table, index), () => `otherTables[${index}]`));
}

export const R48: Rule = { ...INFO, check: (doc) => guard(INFO, () => check(doc)) };
