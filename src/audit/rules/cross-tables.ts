/**
 * Rules 6, 7, 12 and 13: the same amount printed in two tables agrees. 表1 ↔ 表2 (income),
 * 表1 ↔ 表3 (expenditure by 类), 表4's source columns ↔ 表5 / 表8 / 表9, and 表4 never
 * exceeds 表1 (the gap between them is non-fiscal money).
 *
 * A cell blank in one table and printed in the other is not compared: blank is not 0, and
 * these rules are about equal amounts, not about presence.
 */
import type { CellRef } from '../../model/provenance.js';
import type { Disclosure } from '../../schema/disclosure.js';
import type { TableId } from '../../schema/primitives.js';
import { FISCAL_FUNDS, type FunctionTableId, type SummaryLine, type SummaryPart } from '../../schema/tables.js';
import type { FieldRef, Finding, Rule, RuleInfo } from '../types.js';
import type { Lang } from '../../format/messages.js';
import type { Unit } from '../../schema/primitives.js';
import { cellName, fiscalCell, functionCell, summaryCell, tableUnit } from '../cells.js';
import { finding, guard, isNumber, sumOf, type Amountish } from '../check.js';
import type { AuditContext } from '../row-index.js';
import { amountVerdict, clean, coarserUnit, inUnit } from '../tolerance.js';
import { localized, num, say } from '../text.js';
import { incomeTerms } from './table1.js';

/** One side of a comparison: a value, the cells (or narrative fields) it is made of, its unit. */
export interface Side {
  value: Amountish;
  cells: CellRef[];
  fields?: FieldRef[];
  unit: Unit;
  /** How a message names it. */
  name: (lang: Lang) => string;
  /** How many printed numbers make the value (1 for a single cell). */
  terms?: number;
}

/** A printed table cell, as one side. */
export function side(doc: Disclosure, table: TableId, value: Amountish, cell: CellRef): Side {
  return { value, cells: [cell], unit: tableUnit(doc, table), name: (lang) => cellName(doc, cell, lang) };
}

/** Several cells of one table added up as one side (blanks as 0); value undefined when all are blank. */
export function sumSide(doc: Disclosure, table: TableId, parts: { value: Amountish; cell: CellRef }[]): Side {
  const sum = sumOf(parts.map((p) => p.value));
  const cells = parts.filter((p) => isNumber(p.value)).map((p) => p.cell);
  return {
    value: sum?.sum,
    terms: sum?.terms ?? 1,
    cells,
    unit: tableUnit(doc, table),
    name: (lang) => cells.map((c) => cellName(doc, c, lang)).join(' + '),
  };
}

/**
 * Compare two sides in the coarser of their units. In mode `atMost` only actual > expected
 * is a finding. `scorecard`/`rule` go into the finding as is.
 */
export function compareSides(
  rule: RuleInfo,
  actual: Side,
  expected: Side,
  mode: 'equal' | 'atMost' = 'equal',
): Finding[] {
  if (!isNumber(actual.value) || !isNumber(expected.value)) return [];
  const unit = coarserUnit(actual.unit, expected.unit);
  const a = inUnit(actual.value, actual.unit, unit)!;
  const e = inUnit(expected.value, expected.unit, unit)!;
  if (mode === 'atMost' && a <= e) return [];
  const verdict = amountVerdict(a - e, (actual.terms ?? 1) + (expected.terms ?? 1) - 1, unit);
  if (verdict === 'ok') return [];
  const message = localized((lang) =>
    mode === 'atMost'
      ? say(
          lang,
          `${actual.name(lang)} = ${num(a, lang)}，超过 ${expected.name(lang)} = ${num(e, lang)}`,
          `${actual.name(lang)} = ${num(a, lang)} exceeds ${expected.name(lang)} = ${num(e, lang)}`,
        )
      : say(
          lang,
          `${actual.name(lang)} = ${num(a, lang)}，但 ${expected.name(lang)} = ${num(e, lang)}`,
          `${actual.name(lang)} = ${num(a, lang)}, but ${expected.name(lang)} = ${num(e, lang)}`,
        ),
  );
  const fields = [...(actual.fields ?? []), ...(expected.fields ?? [])];
  return [finding({ rule, cells: [...actual.cells, ...expected.cells], fields }, verdict, clean(e), clean(a), message)];
}

const FISCAL_KINDS = new Set(['generalBudget', 'governmentFund', 'stateCapital', 'fiscal']);

/**
 * 表2 column of each income kind; the fiscal kinds together make 财政拨款收入, and each fund is
 * a column of its own too where 表2 prints 财政拨款 by fund.
 */
const T2_COLUMN: Record<string, string> = {
  generalBudget: 'generalBudget',
  governmentFund: 'governmentFund',
  stateCapital: 'stateCapital',
  superiorSubsidy: 'superiorSubsidy',
  institution: 'institution',
  operating: 'operating',
  affiliated: 'affiliated',
  other: 'other',
};

function functionTotal(doc: Disclosure, id: FunctionTableId, column: string): Side | undefined {
  const total = doc.tables[id]?.total;
  if (!total) return undefined;
  const value = (total.values as Record<string, Amountish>)[column];
  return side(doc, id, value, functionCell(id, total, column));
}

/** The row of `code` in table `id`, looked up in the run's index (never a scan per line). */
function functionRow(
  doc: Disclosure,
  context: AuditContext,
  id: FunctionTableId,
  code: string | undefined,
  column: string,
): Side | undefined {
  if (!code) return undefined;
  const row = context.index(doc.tables[id]?.rows).byCode.get(code);
  if (!row) return undefined;
  return side(doc, id, (row.values as Record<string, Amountish>)[column], functionCell(id, row, column));
}

function t1Line(doc: Disclosure, line: SummaryLine | undefined, key: string): Side | undefined {
  return line ? side(doc, 't1', line.amount, summaryCell('t1', line, key)) : undefined;
}

function pair(rule: RuleInfo, actual: Side | undefined, expected: Side | undefined, mode?: 'atMost') {
  return actual && expected ? compareSides(rule, actual, expected, mode) : [];
}

const R06_INFO: RuleInfo = {
  id: 'R06',
  name: 'table1-table2-income',
  description: {
    'zh-CN': '公开01表本年收入合计及各项收入 = 公开02表合计行对应栏。',
    en: 'Table 1 本年收入合计 and each income row equal the 合计 row of table 2, column by column.',
  },
};

/**
 * 表2's 财政拨款 as one side: its 财政拨款 column, or, where it prints only the funds, their sum
 * (never both: the funds are inside 财政拨款).
 */
export function t2Fiscal(doc: Disclosure): Side | undefined {
  const total = doc.tables.t2?.total;
  if (!total) return undefined;
  const values = total.values as Record<string, Amountish>;
  if (isNumber(values.fiscal) || !FISCAL_FUNDS.some((key) => isNumber(values[key]))) return functionTotal(doc, 't2', 'fiscal');
  return sumSide(doc, 't2', FISCAL_FUNDS.map((key) => ({ value: values[key], cell: functionCell('t2', total, key) })));
}

/** 表1's 其中 part of `kind` under line `i` (一般公共预算 under 财政拨款, 事业收入 under 单位资金), as a side. */
function t1Part(doc: Disclosure, part: SummaryPart, i: number, j: number): Side {
  return side(doc, 't1', part.amount, summaryCell('t1', part, `income${i + 1}.${j + 1}`));
}

/** A 表1 line without a kind that names 财政专户管理资金 (the kinds have none for it). */
const SPECIAL_ACCOUNT = /财政专户/;

export const R06: Rule = {
  ...R06_INFO,
  check: (doc) =>
    guard(R06_INFO, () => {
      const t1 = doc.tables.t1;
      if (!t1 || !doc.tables.t2) return [];
      // A 表2 whose total takes in 上年结转 (a budget's 收入总计: R33) is 表1's 收入总计, not its 本年收入合计.
      const carried = (doc.tables.t2.total?.values as Record<string, Amountish> | undefined)?.carryOverStart;
      const out = isNumber(carried) && carried !== 0
        ? pair(R06_INFO, functionTotal(doc, 't2', 'total'), t1Line(doc, t1.totals.incomeGrandTotal, 'incomeGrandTotal'))
        : pair(R06_INFO, functionTotal(doc, 't2', 'total'), t1Line(doc, t1.totals.incomeTotal, 'incomeTotal'));
      const compared = new Set<string>();
      let fiscalDone = false;
      // 表1's funds, as lines or as 其中 parts of its 财政拨款 line.
      const splitByFund = t1.income.some((l) => FISCAL_FUNDS.includes(l.kind ?? '') || (l.parts ?? []).some((p) => FISCAL_FUNDS.includes(p.kind ?? '')));
      const t2Values = (doc.tables.t2.total?.values ?? {}) as Record<string, Amountish>;
      t1.income.forEach((line, i) => {
        if (line.kind && FISCAL_KINDS.has(line.kind) && !fiscalDone) {
          fiscalDone = true;
          const terms = new Set(incomeTerms(t1.income));
          const parts = t1.income
            .map((l, j) => ({ l, j }))
            .filter(({ l }) => terms.has(l) && l.kind && FISCAL_KINDS.has(l.kind))
            .map(({ l, j }) => ({ value: l.amount, cell: summaryCell('t1', l, `income${j + 1}`) }));
          // 财政拨款 as a whole: 表2's column, or its funds' sum when 表1 does not split it by fund
          // (each fund is compared below otherwise, and one fault is said once).
          if (isNumber(t2Values.fiscal) || !splitByFund) out.push(...pair(R06_INFO, t2Fiscal(doc), sumSide(doc, 't1', parts)));
        }
        const column = line.kind ? T2_COLUMN[line.kind] : undefined;
        if (column) {
          compared.add(column);
          out.push(...pair(R06_INFO, functionTotal(doc, 't2', column), t1Line(doc, line, `income${i + 1}`)));
        }
        if (!line.kind && SPECIAL_ACCOUNT.test(line.name) && !compared.has('specialAccount')) {
          compared.add('specialAccount');
          out.push(...pair(R06_INFO, functionTotal(doc, 't2', 'specialAccount'), t1Line(doc, line, `income${i + 1}`)));
        }
      });
      // A kind 表1 prints only as a 其中 part (一般公共预算 under 财政拨款, 事业收入 under 单位资金).
      t1.income.forEach((line, i) => {
        (line.parts ?? []).forEach((part, j) => {
          const column = part.kind ? T2_COLUMN[part.kind] : undefined;
          if (!column || compared.has(column)) return;
          compared.add(column);
          out.push(...pair(R06_INFO, functionTotal(doc, 't2', column), t1Part(doc, part, i, j)));
        });
      });
      return out;
    }),
};

const R07_INFO: RuleInfo = {
  id: 'R07',
  name: 'table1-table3-expenditure',
  description: {
    'zh-CN': '公开01表本年支出合计及各类支出 = 公开03表对应的本年支出合计。',
    en: 'Table 1 本年支出合计 and each 类 row equal the 本年支出合计 of table 3.',
  },
};

export const R07: Rule = {
  ...R07_INFO,
  check: (doc, context) =>
    guard(R07_INFO, () => {
      const t1 = doc.tables.t1;
      if (!t1 || !doc.tables.t3) return [];
      const out = pair(R07_INFO, functionTotal(doc, 't3', 'total'), t1Line(doc, t1.totals.expenditureTotal, 'expenditureTotal'));
      t1.expenditure.forEach((line, i) => {
        out.push(...pair(R07_INFO, functionRow(doc, context, 't3', line.code, 'total'), t1Line(doc, line, `expenditure${i + 1}`)));
      });
      return out;
    }),
};

const R12_INFO: RuleInfo = {
  id: 'R12',
  name: 'table4-source-tables',
  description: {
    'zh-CN': '公开04表：一般公共预算栏 = 公开05表，政府性基金栏 = 公开08表，国有资本经营栏 = 公开09表。',
    en: 'Table 4: the 一般公共预算 column equals table 5, the 政府性基金 column table 8, the 国有资本经营 column table 9.',
  },
};

const SOURCE_TABLES = [
  ['generalBudget', 't5'],
  ['governmentFund', 't8'],
  ['stateCapital', 't9'],
] as const;

export const R12: Rule = {
  ...R12_INFO,
  check: (doc, context) =>
    guard(R12_INFO, () => {
      const t4 = doc.tables.t4;
      if (!t4) return [];
      const out: Finding[] = [];
      t4.expenditure.forEach((line, i) => {
        for (const [column, id] of SOURCE_TABLES) {
          const printed = side(doc, 't4', line.amounts[column], fiscalCell(line, column, `expenditure${i + 1}`));
          out.push(...pair(R12_INFO, printed, functionRow(doc, context, id, line.code, 'total')));
        }
      });
      const total = t4.totals.expenditureTotal;
      if (total) {
        for (const [column, id] of SOURCE_TABLES) {
          const printed = side(doc, 't4', total.amounts[column], fiscalCell(total, column, 'expenditureTotal'));
          out.push(...pair(R12_INFO, printed, functionTotal(doc, id, 'total')));
        }
      }
      return out;
    }),
};

const R13_INFO: RuleInfo = {
  id: 'R13',
  name: 'table4-within-table1',
  description: {
    'zh-CN': '公开04表（财政拨款）不超过公开01表（全部资金）：差额是非财政拨款资金。',
    en: 'Table 4 (fiscal money) never exceeds table 1 (all money): the gap is non-fiscal money.',
  },
};

export const R13: Rule = {
  ...R13_INFO,
  check: (doc) =>
    guard(R13_INFO, () => {
      const { t1, t4 } = doc.tables;
      if (!t1 || !t4) return [];
      const out: Finding[] = [];
      const fiscal = (line: SummaryLine | undefined, key: string) =>
        line ? side(doc, 't4', line.amount, summaryCell('t4', line, key)) : undefined;
      out.push(...pair(R13_INFO, fiscal(t4.totals.incomeTotal, 'incomeTotal'), t1Line(doc, t1.totals.incomeTotal, 'incomeTotal'), 'atMost'));
      // 表1's line of each code (the first printed), built once rather than searched per line.
      const t1Lines = new Map<string, number>();
      t1.expenditure.forEach((l, j) => {
        if (l.code !== undefined && !t1Lines.has(l.code)) t1Lines.set(l.code, j);
      });
      t4.expenditure.forEach((line, i) => {
        const printed = side(doc, 't4', line.amounts.total, fiscalCell(line, 'total', `expenditure${i + 1}`));
        const j = line.code === undefined ? -1 : (t1Lines.get(line.code) ?? -1);
        out.push(...pair(R13_INFO, printed, j < 0 ? undefined : t1Line(doc, t1.expenditure[j], `expenditure${j + 1}`), 'atMost'));
      });
      const total = t4.totals.expenditureTotal;
      if (total) {
        const printed = side(doc, 't4', total.amounts.total, fiscalCell(total, 'total', 'expenditureTotal'));
        out.push(...pair(R13_INFO, printed, t1Line(doc, t1.totals.expenditureTotal, 'expenditureTotal'), 'atMost'));
      }
      return out;
    }),
};
