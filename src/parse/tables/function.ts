/**
 * 功能分类 tables (表2, 表3, 表5, 表8, 表9): rows keyed by 类/款/项 code, one amount per
 * column. Columns are recognised by their header words, so a budget's shorter header or
 * a table that adds a column still lands in the right keys.
 */
import { BUDGET_COLUMNS, FUND_COLUMNS, FUNCTION_TABLE_COLUMNS, type FunctionTableId } from '../../schema/tables.js';
import { functionClassCode, readCode } from '../codes.js';
import { rowKind } from './rows.js';
import { isNumberCell, parsePercent } from '../numbers.js';
import type { WarningSink } from '../warnings.js';
import { amountCell, readLabel } from './cells.js';
import { staleColumns } from './current-year.js';
import { where, type TableLayout } from './layout.js';
import { tableHeader } from './header.js';
import { amountsStart } from './leading-amounts.js';
import { classColumns, withParentCode } from './implied-codes.js';
import { crossedCodes, readPrintedCodes, type PrintedCode } from './crossed.js';
import { addValues, settleUnits, type UnitRowShape, type Values } from './units.js';
import { readIncomeRows } from './income-rows.js';

export interface FunctionTableOut {
  title: string;
  code?: string;
  unit: TableLayout['unit'];
  note?: string;
  emptyReason?: string;
  source?: { table: string; line: number };
  total?: { name: string; values: Values; parts?: { name: string; values: Values; source?: object }[]; sources?: Record<string, object>; source?: object };
  rows: FunctionRowOut[];
  units?: { name?: string; code?: string; values?: Values; rows: FunctionRowOut[]; source?: object }[];
  uncoded?: { name: string; values: Values; source?: object }[];
}

/** One printed row of a 功能 × 经济 cross-table, under its 功能 row (schema: `economic`). */
type EconomicPairOut = { code?: string; governmentCode?: string; name: string; governmentName?: string; values: Values; source?: object };

type FunctionRowOut = {
  code: string;
  name: string;
  values: Values;
  parts?: { name: string; values: Values; source?: object }[];
  economic?: EconomicPairOut[];
  derived?: 'unitsSum' | 'crossSum';
  source?: object;
};

/** A rate column (决算数为年初预算数的%, 完成率): never an amount column, whatever budget it names. */
const RATE = /[%％率为]/;

const KEY_RULES: ReadonlyArray<[RegExp, string]> = [
  // 表5 of a 决算: the budgets printed beside 决算数 (only allowed there: keysFor).
  [/^(?!.*[%％率为]).*(?:调整预算|调整后预算|全年预算|预算调整)/, 'budgetAdjusted'],
  [/^(?!.*[%％率为]).*年初预算/, 'budgetAtStart'],
  [/年初结转和结余|上年结转|上年结余[、和及]?结转/, 'carryOverStart'],
  [/年末结转和结余/, 'carryOverEnd'],
  // 基本支出 split into 人员 | 公用 (the group header 基本支出 is on the same path).
  [/人员经费|人员支出|工资福利/, 'personnel'],
  [/公用经费|公用支出/, 'public'],
  [/基本支出/, 'basic'],
  // 项目支出 under its other names (专项业务经费支出 in Shaanxi budgets).
  [/项目支出|专项业务经费|项目经费/, 'project'],
  [/上缴上级/, 'superiorRemit'],
  [/对附属单位补助/, 'subsidiaryGrant'],
  [/附属单位上缴/, 'affiliated'],
  // 表2's 财政拨款 by fund (2025/2026 budgets), before 经营 and 财政拨款: 国有资本经营预算拨款
  // is neither 经营收入 nor the whole 财政拨款. Only fundKey asks for these (mapColumns).
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  // 国有资本经营预算 is a fiscal source (表2 of a budget), not 经营收入; nor is its wrapped
  // fragment "本经营" (国有资 / 本经营 / 预算).
  [/(?<!本)经营/, 'operating'],
  [/上级补助/, 'superiorSubsidy'],
  [/事业收入/, 'institution'],
  [/其他收入/, 'other'],
  [/财政拨款/, 'fiscal'],
  [/合计|小计|总计/, 'total'],
  [/本年收入|收入/, 'income'],
  [/本年支出|支出$/, 'total'],
  // 预算数 beside 决算数 (表5 of a 决算): the initial budget. Alone (a 预算) it is the amount.
  [/^预算数$/, 'budgetAtStart'],
  [/^(?:本年度?|(?:19|20)\d{2}年度?)预算数?$/, 'budgetAtStart'],
  // A table of one amount column (江苏 2019: 科目代码 | 功能科目名称 | 金额).
  [/^(?:金额|预算数|决算数)$/, 'total'],
  // This year's column beside last year's (本年预算数 | 2026年预算数; 上年预算数 has no key: staleColumns).
  [/^(?:本年度?|(?:19|20)\d{2}年度?)(?:预算|决算)数?$/, 'total'],
];

export function columnKey(text: string, allowed: readonly string[]): string | undefined {
  if (text === '') return undefined;
  for (const [pattern, key] of KEY_RULES) if (pattern.test(text) && allowed.includes(key)) return key;
  return undefined;
}

/**
 * The column keys a table may take: its schema keys, without 表5's budget columns unless the
 * table is a 决算's and prints a 决算 column beside them (a 预算's 预算数 is its amount).
 */
export function keysFor(layout: TableLayout, kind: 'final' | 'budget'): readonly string[] {
  const keys = FUNCTION_TABLE_COLUMNS[layout.id as FunctionTableId] as readonly string[];
  const budgets = kind === 'final' && layout.columns.some((c) => /决算/.test(c.text) && !RATE.test(c.text));
  return budgets ? keys : keys.filter((k) => !BUDGET_COLUMNS.includes(k));
}

export function parseFunctionTable(layout: TableLayout, warnings: WarningSink, kind: 'final' | 'budget' = 'final'): FunctionTableOut {
  const id = layout.id as FunctionTableId;
  const allowed = keysFor(layout, kind);
  const out: FunctionTableOut = { ...tableHeader(layout), rows: [] };
  const mapping = mapColumns(layout, allowed);
  // 项目名称 | 金额 with the income sources as rows (江苏 2019 收入预算总表): its 合计 row alone.
  const only = mapping.size === 1 ? [...mapping][0]! : undefined;
  const asRows = only?.[1] === 'total' && id === 't2' ? readIncomeRows(layout, only[0], warnings) : undefined;
  if (asRows) return asRows;
  if (mapping.size === 0 && layout.rows.length > 0) {
    warnings.add('columns-assumed', { line: layout.titleLine.no, text: layout.titleLine.text }, { where: where(id) });
  }
  // Unkeyed amount columns before the first keyed one (表5's 年初预算数) are not label cells.
  const keyedStart = mapping.size > 0 ? amountsStart(layout, Math.min(...mapping.keys())) : undefined;
  const seen = new Set<string>();
  const units: NonNullable<FunctionTableOut['units']> = [];
  const uncoded: NonNullable<FunctionTableOut['uncoded']> = [];
  let previous: { name: string } | undefined;
  // The last coded row read, for a name tail printed with its amounts on the next line.
  let lastEntry: FunctionRowOut | undefined;
  // The last row read for each 功能 code: a cross-table's pairs go under it (addPair).
  const byCode = new Map<string, FunctionRowOut>();
  const unitColumn = layout.columns.findIndex((c) => /^(?:预算)?单位(?:名称)?$/.test(c.text));
  const codeColumn = layout.columns.findIndex((c) => c.role === 'code' || /编码|代码/.test(c.text));
  const serialColumn = layout.columns.findIndex((c) => /^序号$/.test(c.text));
  // 单位编码 / 部门代码 columns, or a code column holding unit codes (6 digits: no 类/款/项 code has 6).
  const unitCodeColumn = layout.columns.findIndex(
    (c, i) => /(?:单位|部门)(?:编码|代码)$/.test(c.text) || (i === codeColumn && layout.rows.some((r) => /^\d{6}$/.test((r.cells[i] ?? '').trim()))),
  );
  // An amount under a column the schema has no key for: said once per column.
  const reportExtra = (row: (typeof layout.rows)[number], valueStart: number) => {
    // Every such column, not just the row's first: 表5 prints 年初预算数 | 调整预算数 before
    // 决算数 and its % columns after it.
    row.cells.forEach((c, extra) => {
      if (extra < valueStart || mapping.has(extra) || c === '') return;
      const header = layout.columns[extra]?.text || `#${extra + 1}`;
      const key = `${id}:${extra}`;
      if (!seen.has(key)) {
        seen.add(key);
        // Kept as printed (tables/index.ts, unmappedColumns): a notice, not a loss.
        warnings.add('column-kept', { line: row.line.no, text: row.line.raw }, { where: where(id), column: header });
      }
    });
  };
  const classes = classColumns(layout.columns);
  let lastCode: string | undefined;
  for (let row of layout.rows) {
    if (!/\d/.test(row.line.text)) {
      // Text only: a 科目名称 wrapped from the row above. Otherwise a label whose amounts are
      // all blank (收入预算总表's 专项收入 | 事业收入 … with nothing printed), or words with no
      // number: no amount is printed, so none is lost (blank is not zero). Not "unread", the
      // same rule as reportUnread's (tables/index.ts) for every other table.
      const text = row.cells.filter((c) => c !== '').join('').replace(/\s+/g, '');
      if (previous && text) previous.name += text;
      layout.read.add(row.line);
      continue;
    }
    previous = undefined;
    // 类 | 款 | 项 columns printing only the row's own part: completed from the code above.
    if (classes) row = { ...row, cells: withParentCode(row.cells, classes, lastCode) };
    const valueStart = keyedStart ?? firstNumberIndex(row.cells);
    let columns = mapping;
    if (mapping.size === 0) columns = positional(valueStart, allowed.filter((k) => !BUDGET_COLUMNS.includes(k) && !FUND_COLUMNS.includes(k)));
    // A leading 预算单位 column (tables that list each unit): the label starts at the code.
    // A leading 序号 column (1, 2, 3 …) is not part of the label either.
    const labelFrom =
      unitColumn >= 0 && codeColumn > unitColumn && codeColumn < valueStart ? codeColumn : serialColumn === 0 && valueStart > 1 ? 1 : 0;
    if (unitCodeColumn >= 0 && unitCodeColumn < valueStart) {
      // A table by unit (序号 | 单位编码 | 单位名称 | amounts): rows are units, not 功能分类 codes.
      const values: Values = {};
      for (const [index, key] of columns) values[key] = amountCell(row, index, key, id, warnings);
      if (mapping.size > 0) reportExtra(row, valueStart);
      // The printed cells, not the aligned ones: a 序号 and a name may share a column band.
      const printed = row.line.tabbed ? row.cells.slice(0, valueStart) : row.line.cells.map((c) => c.text);
      const first = printed.findIndex((c) => isNumberCell(c) && /[.,]/.test(c));
      const label = printed.slice(0, first < 0 ? valueStart : first).map((c) => c.trim()).filter((c) => c !== '');
      // A 序号 (1–99, or any number followed by a unit code); unit codes have 3 digits or more.
      if (label.length > 1 && (/^\d{1,2}$/.test(label[0]!) || (/^\d{1,3}$/.test(label[0]!) && /^\d{3,}$/.test(label[1]!)))) label.shift();
      const code = label.length > 1 && /^\d{3,}$/.test(label[0]!) ? label.shift()! : undefined;
      const name = label.join('').replace(/\s+/g, '');
      const source = { table: id, line: row.line.no, row: code ?? name };
      if (/^(?:合计|总计)$/.test(name)) out.total ??= { name, values, source };
      else if (name !== '') units.push(code ? { name, code, values, rows: [], source } : { name, values, rows: [], source });
      layout.read.add(row.line);
      continue;
    }
    // Codes indented by level land in different columns (类 | 款 | 项): start at the first filled cell.
    const labelCells = row.cells.slice(labelFrom, valueStart);
    const skip = labelCells.findIndex((c) => c !== '');
    // Several classifications' codes on one row (功能 × 经济), or one 功能 code joined to its name.
    const from = labelFrom + Math.max(skip, 0);
    const printedCodes = readPrintedCodes(row.cells.slice(from, valueStart), layout.columns.slice(from, valueStart).map((c) => c.text));
    const crossed = crossedCodes(printedCodes);
    let label = crossed ? { name: '' } : readLabel(skip > 0 ? labelCells.slice(skip) : labelCells, row, warnings);
    const joined = printedCodes?.length === 1 && printedCodes[0]!.kind === 'function' ? printedCodes[0]! : undefined;
    if (!crossed && label.code === undefined && label.malformed === undefined && joined) label = { code: joined.code, name: joined.name };
    if (label.malformed !== undefined) {
      warnings.add('code-malformed', { line: row.line.no, text: row.line.raw }, { printed: label.malformed });
      layout.read.add(row.line);
      continue;
    }
    const values: Values = {};
    for (const [index, key] of columns) values[key] = amountCell(row, index, key, id, warnings);
    if (mapping.size > 0) reportExtra(row, valueStart);
    const source = { table: id, line: row.line.no };
    const kind = rowKind(row.cells);
    if (crossed) {
      for (const code of [crossed.function, ...crossed.economic]) {
        if (code.repaired) warnings.add('code-repaired', { line: row.line.no, text: row.line.raw }, { printed: code.repaired, code: code.code });
      }
      const added = addPair(byCode, crossed, values, source);
      if (added) {
        out.rows.push(added);
        units[units.length - 1]?.rows.push(added);
      }
      layout.read.add(row.line);
    } else if (label.code !== undefined) {
      const summed = byCode.get(label.code);
      lastCode = label.code;
      const entry: FunctionRowOut = { code: label.code, name: label.name, values, source: { ...source, row: label.code } };
      if (summed?.derived === 'crossSum') {
        // The code's own row printed after its pairs: the printed amounts, not their sum.
        Object.assign(summed, entry);
        delete summed.derived;
        previous = summed;
      } else {
        out.rows.push(entry);
        units[units.length - 1]?.rows.push(entry);
        byCode.set(entry.code, entry);
        previous = entry;
        lastEntry = entry;
      }
      layout.read.add(row.line);
    } else if (kind === 'total' || /^(?:合计|总计)/.test(label.name.replace(/\s+/g, ''))) {
      out.total = { name: label.name.replace(/\s+/g, '').replace(/\d.*$/, ''), values, source: { ...source, row: '合计' } };
      layout.read.add(row.line);
    } else if (kind === 'part') {
      // A 其中 line is a part of the row above (already in its values), never a row of its own.
      const name = label.name.replace(/\s+/g, '').replace(/^其中[:：]?/, '');
      const parent = out.rows[out.rows.length - 1];
      if (parent && name !== '') {
        (parent.parts ??= []).push({ name, values, source: { ...source, row: name } });
        layout.read.add(row.line);
      }
    } else {
      const name = (labelFrom > 0 && (row.cells[unitColumn] ?? '') !== '' ? row.cells[unitColumn]! : label.name).replace(/\s+/g, '');
      if (name === '') {
        if (isTotalOnlyRow(layout, row.cells, valueStart, out)) {
          out.total = { name: layout.columns[0]!.text.replace(/\s+/g, ''), values, source: { ...source, row: '合计' } };
          layout.read.add(row.line);
        }
        continue;
      }
      const byName = functionClassCode(name);
      // Not a unit's heading: a 预算单位 column that prints this line's name.
      if (!(unitColumn >= 0 && (row.cells[unitColumn] ?? '') !== '') && !looksLikeUnit(name) && wrappedTail(lastEntry, row.line.no, name, values)) {
        // A coded row whose name wrapped, its amounts printed with the name's tail on the next
        // line ("2089999 其他社会保障和" / "就业支出  15.46"): one row. Read as an uncoded
        // line, the row's amounts were lost and its 款 no longer added up.
        lastEntry!.name += name;
        lastEntry!.values = values;
      } else if (byName !== undefined && !(labelFrom > 0)) {
        // A 功能分类 类 printed by name only: its code is the national one.
        const entry = { code: byName, name, values, source: { ...source, row: byName } };
        out.rows.push(entry);
        units[units.length - 1]?.rows.push(entry);
        previous = entry;
      } else if (labelFrom > 0 || looksLikeUnit(name)) {
        // A unit's heading row: the first one, before any coded row, is the department's total.
        if (out.rows.length === 0 && units.length === 0 && out.total === undefined) out.total = { name, values, source: { ...source, row: name } };
        else units.push({ name, values, rows: [], source: { ...source, row: name } });
      } else {
        uncoded.push({ name, values, source: { ...source, row: name } });
      }
      layout.read.add(row.line);
    }
  }
  if (uncoded.length > 0) out.uncoded = uncoded;
  settleDepartmentRows(out, units, layout, warnings);
  if (units.length > 0) out.units = units;
  mergeUnits(out, layout, warnings);
  return out;
}

/**
 * A table printed as one unlabelled row under amount headers only (江苏 公开03表 支出预算总表:
 * 合计 | 基本支出 | 项目支出 | … over "24169.74 15844.04 4335.30 3990.4", no 科目 columns):
 * that row is the table's 合计, told by the first column's own header. Only the first row of
 * such a table, before any row or total, and only when its amounts fill the columns from the
 * first on with blanks at the end alone: a sparse row under a squeezed header (北京 预算02表,
 * 0.957320 printed under 其他收入 but nearest 事业单位经营 in the text) is not placed by guess.
 */
function isTotalOnlyRow(layout: TableLayout, cells: readonly string[], valueStart: number, out: FunctionTableOut): boolean {
  const filled = cells.map((c) => c.trim() !== '');
  const last = filled.lastIndexOf(true);
  const dense = last >= 0 && filled.slice(0, last + 1).every(Boolean);
  return dense && valueStart === 0 && /^(?:合计|总计)$/.test((layout.columns[0]?.text ?? '').replace(/\s+/g, '')) && out.rows.length === 0 && out.total === undefined;
}

/**
 * A table that lists each unit's rows in turn (a unit heading row, then its codes) prints
 * the same code once per unit: each unit kept apart, the department's rows their sum by code
 * (units.ts). A row's amounts are its `values`; the total's key (合计, else the first column)
 * tells whether the first block is the department's own.
 */
function mergeUnits(out: FunctionTableOut, layout: TableLayout, warnings: WarningSink): void {
  const values = out.rows[0]?.values ?? {};
  const key = 'total' in values ? 'total' : Object.keys(values)[0];
  const shape: UnitRowShape<FunctionRowOut> = {
    key: (row) => row.code,
    copy: (row) => ({ ...row, values: { ...row.values } }),
    add: (into, row) => addValues(into.values, row.values),
    amount: (row) => (key !== undefined ? row.values[key] : undefined),
    derive: (row, table) => unitsSum(table)(row),
  };
  settleUnits(out, key !== undefined ? out.total?.values[key] : undefined, shape, layout, warnings);
}

/**
 * One printed row of a 功能 × 经济 cross-table: a pair under its 功能 code's row. The row
 * printed for the code alone, when there is one, keeps its printed amounts; otherwise the
 * row is the sum of its pairs (`derived: 'crossSum'`, no line of its own), returned when this
 * pair opens it. Pairs of one code printed apart (other codes between) still add to one row.
 */
function addPair(
  byCode: Map<string, FunctionRowOut>,
  crossed: { function: PrintedCode; economic: PrintedCode[] },
  values: Values,
  source: { table: string; line: number },
): FunctionRowOut | undefined {
  const department = crossed.economic.find((c) => c.kind === 'department');
  const government = crossed.economic.find((c) => c.kind === 'government');
  const pair: EconomicPairOut = { name: (department ?? government)!.name, values, source: { ...source, row: (department ?? government)!.code } };
  if (department) pair.code = department.code;
  if (government) pair.governmentCode = government.code;
  if (department && government) pair.governmentName = government.name;
  const code = crossed.function.code;
  const row = byCode.get(code);
  if (row) {
    (row.economic ??= []).push(pair);
    if (row.derived === 'crossSum') addValues(row.values, values);
    return undefined;
  }
  const opened: FunctionRowOut = { code, name: crossed.function.name, values: { ...values }, economic: [pair], derived: 'crossSum', source: { table: source.table, row: code } };
  byCode.set(code, opened);
  return opened;
}

/**
 * A department row summed from its units' rows is printed nowhere: it says so (`derived`), and
 * keeps no line or 其中 parts of the unit row it was copied from, so no tooltip or audit
 * finding points at a unit's cell for the department's figure.
 */
const unitsSum = (table: string) => (row: FunctionRowOut): FunctionRowOut => {
  const { parts: _parts, source: _source, ...rest } = row;
  return { ...rest, derived: 'unitsSum', source: { table, row: row.code } };
};

/**
 * A table whose rows are units prints the department itself as a row too, under the code its
 * units' codes extend ("222 西安市交通运输局" above "222001 …", "114" above "114001"): that
 * row is the department's figure, never one unit more (the units would be counted twice). It
 * becomes the table's total when none is printed; one that disagrees with the printed 合计 is
 * reported. Mutates `units` (removes those rows) and `out.total`.
 */
export function settleDepartmentRows(out: FunctionTableOut, units: NonNullable<FunctionTableOut['units']>, layout: TableLayout, warnings: WarningSink): void {
  const codes = units.map((u) => u.code).filter((c): c is string => c !== undefined);
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    const code = unit.code;
    // Only a printed unit row (name and amounts) can be the department's; unnamed code blocks cannot.
    if (code === undefined || unit.name === undefined || unit.values === undefined || unit.rows.length > 0 || !codes.some((c) => c.length > code.length && c.startsWith(code))) continue;
    units.splice(i, 1);
    if (out.total === undefined) {
      out.total = { name: unit.name, values: unit.values, source: unit.source };
      continue;
    }
    const total = out.total.values;
    const differs = Object.entries(unit.values).some(([key, value]) => {
      const printed = total[key];
      return typeof value === 'number' && typeof printed === 'number' && Math.abs(value - printed) > 0.005;
    });
    if (differs) {
      const source = unit.source as { line?: number } | undefined;
      const line = layout.rows.find((r) => r.line.no === source?.line)?.line ?? layout.titleLine;
      warnings.add('line-unread', { line: line.no, text: line.raw }, { where: where(layout.id) });
    }
  }
}

/**
 * The columns of a function table that print numbers and that no schema key took (表2's
 * 一般公共预算 / 政府性基金 / 国有资本经营 split): kept as printed (as-printed.ts). None when
 * the header gave no key at all (the amounts are then read by position).
 */
export function unmappedColumns(layout: TableLayout, kind: 'final' | 'budget' = 'final'): number[] {
  const mapping = mapColumns(layout, keysFor(layout, kind));
  if (mapping.size === 0) return [];
  const start = amountsStart(layout, Math.min(...mapping.keys()));
  const out = new Set<number>();
  // A rate column ("108.19%" under 决算数为年初预算数的%) is kept too (as-printed.ts reads the %).
  for (const row of layout.rows) row.cells.forEach((cell, i) => { if (i >= start && !mapping.has(i) && typeof parsePercent(cell) === 'number') out.add(i); });
  return [...out].sort((a, b) => a - b);
}

const FUND = /一般公共预算|政府性基金|国有资本经营/;
const CARRY_OVER = /年初结转|上年结转|上年结余/;
/** The words of one income source each: a header path holding two is two columns' words run together. */
const SOURCE_WORDS = [/一般公共/, /政府性基/, /国有资/, /财政专户/, /上级补/, /附属单/, /事业收/, /经营收/, /其他收/];
/** What a fund's wrapped name ends with (一般公共 / 预算拨款 / 收入; 财政专户管理 / 资金): no word of its own. */
const FUND_TAIL = /[资金收入拨款预算管理]/g;

/**
 * The fund a column of 表2 prints (一般公共预算拨款收入 | 政府性基金预算拨款收入 | 国有资本经营预算
 * 拨款收入 | 财政专户管理资金收入), or undefined. The leaf decides when it names a fund (the group
 * 财政拨款 over it is on the same path); the whole path only when the leaf is the tail of a wrapped
 * name (收入, 资金). Never a fund under 上年结转 (last year's money by fund, not this year's
 * income), never a leaf with a word of its own under a fund's group (教育收费 under 财政专户拨款
 * 收入 is one part of it), never a path holding two sources' words (a header squeezed together).
 */
function fundKey(parts: readonly string[], funds: readonly string[]): string | undefined {
  if (funds.length === 0) return undefined;
  const leaf = parts[parts.length - 1] ?? '';
  if (CARRY_OVER.test(parts.slice(0, -1).join(''))) return undefined;
  const own = columnKey(leaf, funds);
  if (own !== undefined) return own;
  const text = parts.join('');
  const key = columnKey(text, funds);
  if (key === undefined || leaf.replace(FUND_TAIL, '') !== '') return undefined;
  // The head of the leaf's wrapped name between the group and the tail must be a fund's words or
  // a tail too: 财政专户拨款收入 / 其他专户 / 收入拨款 is one part of the fund (其他专户收入拨款
  // wrapped), not the fund itself.
  if (parts.slice(1, -1).some((part) => part.replace(FUND_TAIL, '') !== '' && !SOURCE_WORDS.some((word) => word.test(part)))) return undefined;
  return SOURCE_WORDS.filter((word) => word.test(text)).length > 1 ? undefined : key;
}

/** Column index → key, from the header words. */
function mapColumns(layout: TableLayout, allowed: readonly string[]): Map<number, string> {
  const mapping = new Map<number, string>();
  // Fund columns only by fundKey's stricter reading; every other key as before.
  const funds = allowed.filter((k) => FUND_COLUMNS.includes(k));
  const others = allowed.filter((k) => !FUND_COLUMNS.includes(k));
  const used = new Set<string>();
  // Groups whose 小计 took the group's key: their other sub-columns (人员经费 | 公用经费 under
  // 基本支出) are its parts, not the group again.
  const subtotalled = new Set<string>();
  // A group with its own 小计: a 合计 placed under it too is the table's 合计 (a header line
  // that prints 合计 beside the group's sub-headers, not under the group).
  const withSubtotal = new Set(
    layout.columns.filter((c) => c.parts.length > 1 && c.parts[c.parts.length - 1] === '小计').map((c) => c.parts.slice(0, -1).join('')),
  );
  // Last year's and the change columns (上年预算数, 2025年预算数 in 2026, 增减额) take no key.
  const stale = staleColumns(layout.columns.map((c) => c.text));
  layout.columns.forEach((column, index) => {
    if (stale.has(index)) return;
    // The leaf header decides (合计 under a group 项目…支出预算 is the total, not 项目支出);
    // the whole path only when the leaf alone says nothing. A 小计 under 基本支出 / 项目支出 is
    // that group's amount.
    const leaf = column.parts[column.parts.length - 1] ?? '';
    const parent = column.parts.length > 1 ? column.parts.slice(0, -1).join('') : '';
    // 年初预算数 over 小计 | 基本支出 | 项目支出: its 小计 is the budget; its parts have no key
    // (kept as printed), never the 决算's 基本支出 / 项目支出.
    const budgetGroup = parent !== '' ? columnKey(parent, others) : undefined;
    if (budgetGroup !== undefined && BUDGET_COLUMNS.includes(budgetGroup)) {
      if (/^(?:合计|小计)$/.test(leaf) && !used.has(budgetGroup)) {
        mapping.set(index, budgetGroup);
        used.add(budgetGroup);
      }
      return;
    }
    const subtotal = parent !== '' && (leaf === '小计' || (leaf === '合计' && !withSubtotal.has(parent)));
    // A fund's group right over 小计 | 教育收费 | 其他 (财政专户管理资金): the 小计 is the fund. Not
    // a 合计, nor a 小计 under a group between (一般公共预算拨款 / 其中：专项 / 小计).
    const over = column.parts[column.parts.length - 2] ?? '';
    const groupKey = subtotal ? (columnKey(parent, others) ?? (leaf === '小计' ? fundKey([over], funds) : undefined)) : undefined;
    const grouped = groupKey === 'basic' || groupKey === 'project' || (groupKey !== undefined && FUND_COLUMNS.includes(groupKey));
    if (grouped) subtotalled.add(parent);
    else if (parent !== '' && subtotalled.has(parent) && columnKey(leaf, allowed) === undefined) return;
    const key =
      // 财政拨款收入 over 小计 | 一般公共预算 | 政府性基金 (福建 收入总表): the 小计 is 财政拨款.
      (grouped || groupKey === 'fiscal' ? groupKey : undefined) ??
      (column.parts.length > 1 && /^(?:合计|小计|总计)$/.test(leaf) ? columnKey(leaf, others) : undefined) ??
      fundKey(column.parts.length > 0 ? column.parts : [column.text], funds) ??
      columnKey(column.text, others);
    // 表2: a path holding two sources' words is two columns' header words run together (a
    // squeezed header: 国有资本 | 财政专户 with 经营预算 under both); its key is the leaf's alone,
    // or none (kept as printed) — never a guess such as 经营 from 国有资本经营.
    if (key !== undefined && funds.length > 0 && !grouped && columnKey(leaf, allowed) !== key && SOURCE_WORDS.filter((w) => w.test(column.text)).length > 1) return;
    // One fund of 财政拨款 (一般公共预算 | 政府性基金 | 国有资本经营 under it) that fundKey did not
    // take (words run together) is a part of it, never the 财政拨款 amount (kept as printed).
    if (key === 'fiscal' && FUND.test(column.text) && !/^(?:财政拨款(?:收入)?|小计|合计)$/.test(leaf)) return;
    if (key !== undefined && !used.has(key)) {
      mapping.set(index, key);
      used.add(key);
    }
  });
  return mapping;
}

/** Without a usable header: the amounts start after the code and the name. */
function firstNumberIndex(cells: string[]): number {
  const { used } = readCode(cells);
  let i = used;
  while (i < cells.length && !isNumberCell(cells[i]!)) i++;
  return Math.max(i, used + 1);
}

function positional(start: number, allowed: readonly string[]): Map<number, string> {
  const map = new Map<number, string>();
  allowed.forEach((key, i) => map.set(start + i, key));
  return map;
}

/** A unit's name as printed on its heading row: a body that ends like an organisation. */
export function looksLikeUnit(name: string): boolean {
  return /(?:局|厅|委|委员会|办公室|中心|院|所|站|队|校|学院|馆|处|社|会|部|团|园|台|（本级）|\(本级\)|本级)$/.test(name) && !/支出$/.test(name);
}

/**
 * Whether `name` (a line with amounts, no code) is the tail of `head`'s name printed on the
 * next line with the amounts: `head` printed no amount at all, and `name` is a few characters
 * of text, no unit, total or 其中 line of its own.
 */
function wrappedTail(head: FunctionRowOut | undefined, line: number, name: string, values: Record<string, number | null>): boolean {
  if (!head || (head.source as { line?: number } | undefined)?.line !== line - 1) return false;
  if (Object.values(head.values).some((v) => v !== null) || !Object.values(values).some((v) => v !== null)) return false;
  return /^[\u4e00-\u9fff]{1,8}$/.test(name) && !/合计|总计|小计|^其中/.test(name);
}
