/**
 * 表6 基本支出 by 经济分类. The national layout prints three (code, name, amount) groups
 * side by side; reading the cells in sequence (code → name → amount) handles any number
 * of groups, tab or space text alike. Budgets that split each row into 人员经费 and 公用经费
 * columns are read by header instead; tables with the 政府 classification beside the 部门 one
 * by economic-dual.ts.
 */
import type { WarningSink } from '../warnings.js';
import { amountCell } from './cells.js';
import { dualColumns, readDualRow } from './economic-dual.js';
import { tableHeader } from './header.js';
import type { BodyRow, TableLayout } from './layout.js';
import { looksLikeUnit } from './function.js';
import { settleSplitParts } from './split-parts.js';
import { addValues, settleUnits, type UnitBlockOut, type UnitRowShape, type Values } from './units.js';
import { isNumberCell } from '../numbers.js';

export interface EconomicRowOut {
  code: string;
  governmentCode?: string;
  name: string;
  amount: number | null;
  personnel?: number | null;
  public?: number | null;
  source?: object;
}

type Totals = Record<string, { name: string; amount: number | null; source: object }>;

/** One unit of a table that lists its units in turn: its heading's totals and its own rows. */
export interface EconomicUnitOut extends UnitBlockOut<EconomicRowOut> {
  totals?: Totals;
}

/** 类 (301), 款 (30101) and the 7-digit codes some regions print (3010201). */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
/** "30101 基本工资", "[30101]基本工资", "【301】工资福利支出", "30101-基本工资": a code and its name in one cell. */
const CODE_AND_NAME = /^[[［【(（]?(\d{3}(?:\d{2}){0,2})[\]］】)）]?\s*[-－—.．、]?\s*([^\d\s].*)$/;
/** The total labels as printed, for joining one spaced out over two cells. */
const LABELS = ['合计', '总计', '人员经费合计', '公用经费合计'];
const TOTALS: ReadonlyArray<[RegExp, 'personnel' | 'public' | 'total']> = [
  [/人员经费(?:合计)?$/, 'personnel'],
  [/公用经费(?:合计)?$/, 'public'],
  [/^(?:合计|总计)$/, 'total'],
];

export function parseEconomicTable(layout: TableLayout, warnings: WarningSink) {
  const out = {
    ...tableHeader(layout),
    rows: [] as EconomicRowOut[],
    totals: {} as Totals,
    units: undefined as EconomicUnitOut[] | undefined,
  };
  const dual = dualColumns(layout);
  const split = dual ?? splitColumns(layout);
  // Each later unit (its heading row's totals, then its rows), in a table that lists its units in turn.
  const units: EconomicUnitOut[] = [];
  // Rows read before the first unit's heading: the department's total heading then had rows of its own.
  let beforeUnits = 0;
  // Space rows read in printed sequence (code → name → amount, every number taken).
  const inSequence = new Set<number>();
  for (const row of layout.rows) {
    if (dual) {
      if (readSplitTotals(layout, row, dual, out.totals, warnings) || readDualRow(layout, row, dual, out.rows, warnings)) layout.read.add(row.line);
      continue;
    }
    if (split && readSplitTotals(layout, row, split, out.totals, warnings)) {
      layout.read.add(row.line);
      continue;
    }
    if (readTotals(layout, row, out.totals, warnings)) {
      layout.read.add(row.line);
      continue;
    }
    const count = out.rows.length;
    const ok = split ? readSplitRow(layout, row, split, out.rows, warnings) : readGroups(layout, row, out.rows, warnings);
    if (ok) layout.read.add(row.line);
    if (ok) units[units.length - 1]?.rows.push(...out.rows.slice(count));
    const heading = !ok && split ? unitHeading(row, split) : undefined;
    if (heading) {
      if (units.length === 0) beforeUnits = out.rows.length;
      units.push(unitOf(layout, row, split!, heading, warnings));
      layout.read.add(row.line);
    }
    if (ok && !split && !row.line.tabbed) inSequence.add(row.line.no);
  }
  // The (code, name, amount) groups side by side are read in printed order, not by the shared
  // grid's columns: an amount belongs to the name before it, and a blank one leaves the next
  // group's code right after its name. The grid's doubt about such a row (names of one group
  // reaching over the amount column of another: columns-ambiguous) does not stand.
  warnings.withdraw('columns-ambiguous', inSequence);
  // 合计 | 人员经费 | 公用经费: a doubted row's one part told by the table's sums (split-parts.ts).
  if (split && !dual && split.personnel >= 0 && split.public >= 0) settleSplitParts(out.rows, out.totals, warnings);
  // The heading taken for the department's total had rows of its own before the next unit's
  // heading: it was the first unit (the table prints no department heading or 合计).
  const total = out.totals.total;
  if (units.length > 0 && beforeUnits > 0 && total && !/^(?:合计|总计)$/.test(total.name)) {
    units.unshift({ name: total.name, totals: out.totals, rows: out.rows.slice(0, beforeUnits), source: total.source });
    out.totals = {};
  }
  if (units.length > 0) out.units = units;
  // Each unit kept apart, the department's rows their sum by code (units.ts). Blocks of codes
  // with no heading are units only where rows are read one a line in printed order (not the
  // three groups side by side, nor rows under two code columns).
  settleUnits(out, out.totals.total?.amount, ECONOMIC_ROWS, layout, warnings, Boolean(split) && !dual);
  if (!out.units) delete out.units;
  // Printed in three groups, read row by row: put them back in code order. Rows under two
  // code columns stay in printed order (by government code, then department code).
  if (!dual) out.rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}

const AMOUNTS = ['amount', 'personnel', 'public'] as const;
const amountsOf = (row: EconomicRowOut): Values => Object.fromEntries(AMOUNTS.filter((k) => row[k] !== undefined).map((k) => [k, row[k]!]));

/**
 * A 表6 row summed across units: the same 部门 code under another 政府 code (30101 under 50101
 * and under 50501) is a row of its own. The department's sum is printed in no cell: said on
 * each row, with no unit row's line.
 */
const ECONOMIC_ROWS: UnitRowShape<EconomicRowOut> = {
  key: (row) => `${row.code}/${row.governmentCode ?? ''}`,
  copy: (row) => ({ ...row }),
  add: (into, row) => {
    const sum = amountsOf(into);
    addValues(sum, amountsOf(row));
    Object.assign(into, sum);
  },
  amount: (row) => row.amount,
  derive: ({ source: _source, ...row }) => ({ ...row, derived: 'unitsSum' as const }),
};

/** A 单位编码 (6 digits, 222001): never an 经济分类 code (3, 5 or 7 digits). */
const UNIT_CODE = /^\d{4,12}$/;

/**
 * A unit's heading row: a name like an organisation's in a label cell (a 单位编码 before it,
 * in its own cell or the code column, when printed), no 经济分类 code, and amounts.
 */
function unitHeading(row: BodyRow, cols: SplitColumns): { name: string; code?: string } | undefined {
  const codeCell = (row.cells[cols.code] ?? '').trim();
  // No 经济分类 code, alone or joined to its name, where a row prints one.
  if (CODE.test(codeCell) || CODE_AND_NAME.test(codeCell)) return undefined;
  const label = row.cells.slice(0, cols.amount).map((c) => c.trim()).filter((c) => c !== '');
  const printed = label.find((c) => UNIT_CODE.test(c) && !CODE.test(c)) ?? /^(\d{4,12})(?=\s*\D)/.exec(label.find((c) => !isNumberCell(c)) ?? '')?.[1];
  const code = printed !== undefined && !CODE.test(printed) ? printed : undefined;
  const name = label.filter((c) => !isNumberCell(c)).join('').replace(/\s+/g, '').replace(code !== undefined ? new RegExp(`^${code}`) : /^$/, '');
  if (!looksLikeUnit(name) || !isNumberCell(row.cells[cols.amount] ?? '')) return undefined;
  return code !== undefined ? { name, code } : { name };
}

/** A unit opened by its heading row: the heading's amounts are the unit's totals. */
function unitOf(layout: TableLayout, row: BodyRow, cols: SplitColumns, heading: { name: string; code?: string }, warnings: WarningSink): EconomicUnitOut {
  const totals: Totals = {};
  readSplitTotals(layout, row, cols, totals, warnings, heading.name);
  const unit: EconomicUnitOut = { name: heading.name, totals, rows: [], source: { table: layout.id, line: row.line.no, row: heading.name } };
  if (heading.code !== undefined) unit.code = heading.code;
  return unit;
}

function readTotals(layout: TableLayout, row: BodyRow, totals: Record<string, object>, warnings: WarningSink): boolean {
  let found = false;
  for (let i = 0; i < row.cells.length; i++) {
    let name = (row.cells[i] ?? '').replace(/\s+/g, '');
    // A label spaced out over two columns of the grid ("合   计" on a page laid out apart).
    let last = i;
    while (!row.line.tabbed && name !== '' && LABELS.some((l) => l !== name && l.startsWith(name))) {
      let k = last + 1;
      while (k < row.cells.length && (row.cells[k] ?? '') === '') k++;
      const joined = name + (row.cells[k] ?? '').replace(/\s+/g, '');
      if (k >= row.cells.length || !LABELS.some((l) => l.startsWith(joined))) break;
      name = joined;
      last = k;
    }
    const rule = TOTALS.find(([pattern]) => pattern.test(name));
    if (!rule || /^\d/.test(name)) continue;
    found = true;
    let j = last + 1;
    while (j < row.cells.length && row.cells[j] === '' ) j++;
    const isLabel = (text: string) => TOTALS.some(([p]) => p.test(text.replace(/\s+/g, '')));
    const index = j < row.cells.length && !isLabel(row.cells[j]!) ? j : -1;
    const amount = index >= 0 ? amountCell(row, index, name, layout.id, warnings) : null;
    totals[rule[1]] ??= { name, amount, source: { table: layout.id, line: row.line.no, row: name } };
    i = Math.max(i, last);
  }
  return found;
}

/** Code, name, amount, code, name, amount … */
function readGroups(layout: TableLayout, row: BodyRow, rows: EconomicRowOut[], warnings: WarningSink): boolean {
  const cells = row.cells;
  let read = true;
  let i = 0;
  while (i < cells.length) {
    const cell = (cells[i] ?? '').trim();
    if (cell === '') {
      i++;
      continue;
    }
    let code: string | undefined;
    let next = i + 1;
    const split = /^(\d{3}) ?(\d{1,2})?$/.exec(cell);
    if (CODE.test(cell)) code = cell;
    if (/^\d{3}$/.test(cell) && /^\d{1,2}$/.test(cells[i + 1] ?? '') && !CODE.test(cells[i + 1] ?? '')) {
      code = cell + (cells[i + 1] ?? '').padStart(2, '0');
      if ((cells[i + 1] ?? '').length === 1) repaired(row, `${cell} | ${cells[i + 1]}`, code, warnings);
      next = i + 2;
    } else if (!code && split && split[2] !== undefined) {
      code = split[1]! + split[2].padStart(2, '0');
      if (split[2].length === 1) repaired(row, cell, code, warnings);
    }
    // A code printed with its name in one cell ("30101基本工资", "30101 基本工资"): the name is
    // this cell's rest, the amount the next cell.
    const joined = code ? null : CODE_AND_NAME.exec(cell);
    if (joined) {
      code = joined[1]!;
      next = i;
    }
    if (!code) {
      if (/^\d[\d\s]*$/.test(cell)) {
        warnings.add('code-malformed', { line: row.line.no, text: row.line.raw }, { printed: cell });
        // Skip the row's name and amount with it, so they are not read as another code.
        let j = i + 1;
        while (j < cells.length && (cells[j] ?? '') === '') j++;
        i = isName(cells[j]) ? j + 2 : j;
        continue;
      }
      read = read && !/\d/.test(cell);
      i++;
      continue;
    }
    // Split code columns leave an empty 款 cell on 类 rows: the name is one further.
    if (!joined && (cells[next] ?? '') === '' && row.line.tabbed && isName(cells[next + 1])) next++;
    // Space text: a grid learned from pages laid out wider leaves blank cells between a code
    // and its name on a narrower page.
    if (!joined && !row.line.tabbed) {
      let k = next;
      while (k < cells.length && (cells[k] ?? '') === '') k++;
      if (k > next && isName(cells[k])) next = k;
    }
    const name = joined ? joined[2]!.trim() : (cells[next] ?? '').trim();
    let amount: number | null = null;
    let after = next + 1;
    if (row.line.tabbed) {
      amount = amountCell(row, after, code, layout.id, warnings);
      after++;
    } else {
      // Past blank cells: a grid learned from pages laid out wider has more columns than
      // this page's layout, so a name and its amount may be columns apart.
      let at = after;
      while (at < cells.length && (cells[at] ?? '') === '') at++;
      // Only an amount is looked for past blanks (a wrapped name's next piece is not one).
      if (at > after && !isNumberCell(cells[at] ?? '')) at = after;
      const candidate = cells[at] ?? '';
      // The next group's code, where this group's amount is blank: a name follows it.
      const following = cells.slice(at + 1).find((c) => c.trim() !== '');
      const looksLikeCode = CODE.test(candidate) && isName(following);
      if (candidate !== '' && !looksLikeCode) {
        amount = amountCell(row, at, code, layout.id, warnings);
        after = at + 1;
      }
    }
    rows.push({ code, name, amount, source: { table: layout.id, line: row.line.no, row: code } });
    i = after;
  }
  return read;
}

function repaired(row: BodyRow, printed: string, code: string, warnings: WarningSink): void {
  warnings.add('code-repaired', { line: row.line.no, text: row.line.raw }, { printed, code });
}

interface SplitColumns {
  code: number;
  /** The 政府预算支出经济分类 column, when printed beside the department's codes. */
  government?: number;
  name: number;
  amount: number;
  personnel: number;
  public: number;
  /** The 款 column, when the code is printed over 类 | 款. */
  part?: number;
}

/** One code column with 合计 / 人员经费 / 公用经费 columns (a budget's 经济分类 table). */
function splitColumns(layout: TableLayout): SplitColumns | undefined {
  const cols = layout.columns.map((c) => c.text);
  const codeCols = cols.filter((t) => /编码|科目代码/.test(t)).length;
  const personnel = cols.findIndex((t) => /人员经费/.test(t));
  const pub = cols.findIndex((t) => /公用经费/.test(t));
  const code = cols.findIndex((t) => /编码|科目代码/.test(t));
  // 支出总计 | 基本支出 | 项目支出 (深圳 一般公共预算支出表（按经济分类）): this table is 基本支出
  // by 经济分类, so its amount is the 基本支出 column; 项目支出 is not the schema's.
  const basic = cols.findIndex((t) => /基本支出/.test(t));
  // The grid's code and name columns when it found them (a header word may sit over the name).
  const roleCode = layout.columns.findIndex((c) => c.role === 'code');
  const roleName = layout.columns.findIndex((c) => c.role === 'name');
  const basicCode = roleCode >= 0 ? roleCode : codeCols === 1 ? code : -1;
  if (basicCode >= 0 && personnel < 0 && pub < 0 && basic > basicCode && cols.some((t) => /项目支出/.test(t))) {
    return { code: basicCode, name: roleName > basicCode ? roleName : basicCode + 1, amount: basic, personnel: -1, public: -1 };
  }
  if (personnel < 0 || pub < 0) return undefined;
  const amount = cols.findIndex((t) => /合计|总计|金额|小计/.test(t));
  if (amount < 0) return undefined;
  // "经济分类科目编码及名称": one column holds the code and its name ("30101基本工资").
  if (codeCols === 1) return { code, name: /名称/.test(cols[code]!) && roleName <= code ? code : code + 1, amount, personnel, public: pub };
  // No 编码 header: one 经济分类科目 / 项目 column over "301 工资福利支出" or "[30101]基本工资"
  // (a code and its name in one cell, or split by the grid into a code and a name column).
  if (codeCols === 0 && roleName >= 0 && roleName < amount) {
    return { code: roleCode >= 0 && roleCode < roleName ? roleCode : roleName, name: roleName, amount, personnel, public: pub };
  }
  // The grid gave the column no role: the label column is the first, when its cells start with codes.
  const coded = layout.rows.filter((r) => CODE_AND_NAME.test((r.cells[0] ?? '').trim())).length;
  if (codeCols === 0 && amount > 0 && coded > 0 && coded >= layout.rows.length / 2) return { code: 0, name: 0, amount, personnel, public: pub };
  // 经济分类科目编码 over 类 | 款 (上海 部门预算经济分类预算表): two code columns side by side
  // hold one code, the 款 part printed apart ("301 | 01" is 30101).
  // (The name column's header may carry the 编码 words stacked over it too.)
  if (/类$/.test(cols[code]!) && /款$/.test(cols[code + 1] ?? '') && /名称/.test(cols[code + 2] ?? '') && !/名称/.test(cols[code]! + cols[code + 1])) {
    return { code, part: code + 1, name: code + 2, amount, personnel, public: pub };
  }
  return undefined;
}

function readSplitRow(
  layout: TableLayout,
  row: BodyRow,
  cols: SplitColumns,
  rows: EconomicRowOut[],
  warnings: WarningSink,
): boolean {
  let codeText = (row.cells[cols.code] ?? '').replace(/\s+/g, '');
  let name = (row.cells[cols.name] ?? '').trim();
  const printedPart = cols.part === undefined ? '' : (row.cells[cols.part] ?? '').trim();
  if (/^\d{3}$/.test(codeText) && /^\d{1,2}$/.test(printedPart)) codeText += printedPart.padStart(2, '0');
  // "301⇥01⇥基本工资": the 款 part in the name column is part of the code (30101), not a name.
  const part = /^\d{1,2}$/.exec(name);
  if (/^\d{3}$/.test(codeText) && part) {
    codeText += name.padStart(2, '0');
    if (name.length === 1) repaired(row, `${row.cells[cols.code]} | ${name}`, codeText, warnings);
    name = row.cells.slice(cols.name + 1, Math.min(cols.amount, cols.personnel, cols.public)).filter((c) => c.trim() !== '').join('').trim();
  }
  // A code printed with its name in one cell ("30101 基本工资", "[30101]基本工资", "30101-基本工资").
  const joined = CODE.test(codeText) ? null : CODE_AND_NAME.exec((row.cells[cols.code] ?? '').trim());
  if (joined) {
    codeText = joined[1]!;
    name = cols.name === cols.code || name === '' ? joined[2]!.trim() : name;
  } else if (cols.name === cols.code) name = '';
  if (!CODE.test(codeText)) return !row.cells.some((c) => /\d/.test(c));
  const entry: EconomicRowOut = { code: codeText, name, amount: amountCell(row, cols.amount, '合计', layout.id, warnings) };
  if (cols.personnel >= 0) entry.personnel = amountCell(row, cols.personnel, '人员经费', layout.id, warnings);
  if (cols.public >= 0) entry.public = amountCell(row, cols.public, '公用经费', layout.id, warnings);
  entry.source = { table: layout.id, line: row.line.no, row: codeText };
  rows.push(entry);
  return true;
}

function isName(cell: string | undefined): boolean {
  const text = (cell ?? '').trim();
  return text !== '' && !/^[\d\s.,%-]+$/.test(text);
}

/** A budget's 合计 row carries 人员经费合计 and 公用经费合计 in their own columns. */
function readSplitTotals(
  layout: TableLayout,
  row: BodyRow,
  cols: Pick<SplitColumns, 'amount' | 'personnel' | 'public'> & { code?: number },
  totals: Record<string, object>,
  warnings: WarningSink,
  unit?: string,
): boolean {
  // The label may sit in any label cell (centred over the code columns), after a 序号.
  const name = unit ?? row.cells.slice(0, cols.amount).filter((c) => !isNumberCell(c)).join('').replace(/\s+/g, '').replace(/^\d{1,3}(?=\D)/, '');
  // A table by unit: the unit heading above the first code is the (one-unit) department's total.
  const heading = unit !== undefined || (totals.total === undefined && cols.code !== undefined && (row.cells[cols.code] ?? '').trim() === '' && looksLikeUnit(name));
  if (!/^(?:合计|总计)$/.test(name) && !heading) return false;
  const source = { table: layout.id, line: row.line.no, row: name };
  totals.total ??= { name, amount: amountCell(row, cols.amount, '合计', layout.id, warnings), source };
  if (cols.personnel >= 0) totals.personnel ??= { name: '人员经费合计', amount: amountCell(row, cols.personnel, '人员经费', layout.id, warnings), source };
  if (cols.public >= 0) totals.public ??= { name: '公用经费合计', amount: amountCell(row, cols.public, '公用经费', layout.id, warnings), source };
  return true;
}
