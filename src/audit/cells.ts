/**
 * Cell references and the names a reader uses for them: "公开03表 215 资源勘探工业信息等支出
 * 基本支出". Rows are keyed by 行次 when printed, else by classification code, else by a
 * fixed key (`total`, `incomeTotal`, …); columns by the schema's column keys.
 */
import type { CellRef } from '../model/provenance.js';
import type { Disclosure } from '../schema/disclosure.js';
import type { Source, TableId, Unit } from '../schema/primitives.js';
import type { FiscalLine, SummaryLine, ThreePublicAmounts } from '../schema/tables.js';
import type { Lang } from '../format/messages.js';
import { standardTableName } from '../format/messages.js';
import { isolate } from '../format/bidi.js';

/** Printed column names; document names stay Chinese in both languages. */
const COLUMN_NAMES: Partial<Record<TableId, Record<string, string>>> = {
  t2: {
    total: '本年收入合计',
    fiscal: '财政拨款收入',
    generalBudget: '一般公共预算拨款收入',
    governmentFund: '政府性基金预算拨款收入',
    stateCapital: '国有资本经营预算拨款收入',
    specialAccount: '财政专户管理资金收入',
    superiorSubsidy: '上级补助收入',
    institution: '事业收入',
    operating: '经营收入',
    affiliated: '附属单位上缴收入',
    other: '其他收入',
    carryOverStart: '年初结转和结余',
  },
  t3: {
    total: '本年支出合计',
    basic: '基本支出',
    personnel: '人员经费',
    public: '公用经费',
    project: '项目支出',
    superiorRemit: '上缴上级支出',
    operating: '经营支出',
    subsidiaryGrant: '对附属单位补助支出',
  },
  t4: { total: '合计', generalBudget: '一般公共预算财政拨款', governmentFund: '政府性基金预算财政拨款', stateCapital: '国有资本经营预算财政拨款' },
  t5: { total: '小计', basic: '基本支出', personnel: '人员经费', public: '公用经费', project: '项目支出', budgetAtStart: '年初预算数', budgetAdjusted: '调整预算数' },
  t6: { amount: '金额', personnel: '人员经费', public: '公用经费' },
  t7: {
    total: '合计',
    abroad: '因公出国（境）费',
    vehicles: '公务用车购置及运行维护费小计',
    vehiclePurchase: '公务用车购置费',
    vehicleOperation: '公务用车运行维护费',
    reception: '公务接待费',
    meetings: '会议费',
    training: '培训费',
    totalWithRelated: '“三公”经费及会议费、培训费合计',
  },
  t8: {
    carryOverStart: '年初结转和结余',
    income: '本年收入',
    total: '本年支出小计',
    basic: '基本支出',
    project: '项目支出',
    carryOverEnd: '年末结转和结余',
  },
  t9: { total: '小计', basic: '基本支出', project: '项目支出' },
};

const THREE_PUBLIC_PARTS: Record<string, string> = { budget: '预算数', final: '决算数', previousBudget: '上年预算数' };

export function columnName(table: TableId, column: string): string {
  return COLUMN_NAMES[table]?.[column] ?? column;
}

/** "公开06表" as printed, or the standard name; "Table 06" in English. */
export function tableName(doc: Disclosure, table: TableId, lang: Lang): string {
  if (lang === 'en') return standardTableName(table, 'en');
  return doc.tables?.[table]?.code ?? standardTableName(table, 'zh-CN');
}

/** The unit a table prints its amounts in, falling back to the document's. */
export function tableUnit(doc: Disclosure, table: TableId): Unit {
  return doc.tables?.[table]?.unit ?? doc.meta?.unit ?? '万元';
}

/** "公开03表 215 资源勘探工业信息等支出 基本支出": how a message names a cell. */
export function cellName(doc: Disclosure, cell: CellRef, lang: Lang): string {
  return `${tableName(doc, cell.table, lang)} ${cell.label ?? `${cell.row} ${cell.column}`}`;
}

function withLine(cell: CellRef, source: Source | undefined): CellRef {
  return source?.line === undefined ? cell : { ...cell, line: source.line };
}

/** A line of 表1, 表4's income side or 表6's totals. */
export function summaryCell(table: TableId, line: SummaryLine, key: string): CellRef {
  const row = line.line !== undefined ? String(line.line) : (line.code ?? key);
  return withLine({ table, row, column: 'amount', label: isolate(line.name) }, line.source);
}

/** A cell of a function-classification table (表2, 3, 5, 8, 9); `row` is undefined for 合计. */
export function functionCell(
  table: TableId,
  row: { code?: string; name: string; source?: Source; sources?: Partial<Record<string, Source>> },
  column: string,
): CellRef {
  const head = row.code ? `${row.code} ${isolate(row.name)}` : isolate(row.name);
  // A 合计 read from a 收入总表 printed as rows: each value has its own line.
  return withLine(
    { table, row: row.code ?? 'total', column, label: `${head} ${columnName(table, column)}` },
    row.sources?.[column] ?? row.source,
  );
}

/** A cell of 表4's expenditure side. */
export function fiscalCell(line: FiscalLine, column: string, key: string): CellRef {
  const row = line.line !== undefined ? String(line.line) : (line.code ?? key);
  return withLine({ table: 't4', row, column, label: `${isolate(line.name)} ${columnName('t4', column)}` }, line.source);
}

/** A cell of 表6. */
export function economicCell(row: { code: string; name: string; source?: Source }, column = 'amount'): CellRef {
  const suffix = column === 'amount' ? '' : ` ${columnName('t6', column)}`;
  return withLine({ table: 't6', row: row.code, column, label: `${row.code} ${isolate(row.name)}${suffix}` }, row.source);
}

/** A table as a whole (its title line), for findings about the table rather than one cell: empty, misdated. */
export function tableCell(table: TableId, header: { title: string; source?: Source }): CellRef {
  return withLine({ table, row: 'title', column: 'title', label: isolate(header.title) }, header.source);
}

/** A cell of 表7: `part` is budget, final or previousBudget. */
export function threePublicCell(part: string, amounts: ThreePublicAmounts, column: string): CellRef {
  return withLine(
    { table: 't7', row: part, column, label: `${THREE_PUBLIC_PARTS[part] ?? part} ${columnName('t7', column)}` },
    amounts.source,
  );
}

/**
 * The message of a sum that does not hold, naming the printed cell:
 * "公开06表 302 商品和服务支出 = 138.48，但其款合计为 138.51".
 */
export function sumSentence(doc: Disclosure, cell: CellRef, what: { zh: string; en: string }) {
  return (lang: Lang, actual: string, expected: string): string =>
    lang === 'zh-CN'
      ? `${cellName(doc, cell, lang)} = ${actual}，但${what.zh}为 ${expected}`
      : `${cellName(doc, cell, lang)} = ${actual}, but ${what.en} add up to ${expected}`;
}
